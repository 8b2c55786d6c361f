#!/usr/bin/env python3
"""How the cost of user data grows with its size, against the budgets of #27.

    python3 benches/scale.py CAREERS OUT_DIR [--rounds N]

For 1, 10 and 50 MB of generated user sources, in two shapes (many small
files, about 170 per MB, as people keep one file per article; and few large
files, 5 MB each), runs `compare backend frontend`, `salary --level senior`,
`check DIR`, `switch backend frontend` and `skills backend`, and reports
each one's median wall time and peak memory (the child's own maximum
resident set, from wait4). Rounds alternate the
sizes, so drift on a shared machine falls on each size alike.

Budgets: 10 MB within 0.5 s; 50 MB within 6x the 10 MB time (linear); peak
memory within 8x the bytes read, counting what the user data adds to the
same command's peak without it (the binary and its built-in data take
about 16 MiB whatever is read). Exits 1 when one is not met.
"""
import argparse, os, statistics, subprocess, sys, time

SIZES = [1, 10, 50]
SHAPES = {"small files": lambda mb: 170 * mb, "large files": lambda mb: max(1, mb // 5)}
COMMANDS = [["compare", "backend", "frontend"], ["salary", "--level", "senior"], ["check", "{dir}"],
            ["switch", "backend", "frontend"], ["skills", "backend"]]
TIME_BUDGET_S = 0.5
LINEAR_BUDGET = 6.0
MEMORY_BUDGET = 8.0


def data_dir(out, shape, mb):
    """Generated once per shape and size, and again when the generator changes."""
    d = os.path.join(out, f"scale-{shape.split()[0]}-{mb}")
    gen = os.path.join(os.path.dirname(__file__), "gen_data.py")
    if not os.path.isdir(d) or os.path.getmtime(gen) > os.path.getmtime(d):
        subprocess.run(["rm", "-rf", d], check=True)
        files = SHAPES[shape](mb)
        subprocess.run([sys.executable, gen, d, str(mb), "--files", str(files)], check=True, stdout=subprocess.DEVNULL)
    return d


def measure(argv, env):
    """Wall time in seconds and peak resident memory in bytes of one run."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(argv)}: {child.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss * 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("careers")
    ap.add_argument("out")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    home = os.path.join(a.out, "home")
    os.makedirs(home, exist_ok=True)
    env = {**os.environ, "HOME": home, "XDG_DATA_HOME": os.path.join(home, "share")}
    env.pop("CAREERS_DATA_DIR", None)
    cases = []
    for shape in SHAPES:
        for mb in SIZES:
            d = data_dir(a.out, shape, mb)
            names = [f for f in os.listdir(d) if f.endswith(".toml")]
            size = sum(os.path.getsize(os.path.join(d, f)) for f in names)
            for command in COMMANDS:
                argv = [a.careers, "--data-dir", d] + [x.format(dir=d) for x in command]
                cases.append({"shape": shape, "mb": mb, "files": len(names), "bytes": size,
                              "command": " ".join(command).replace(" {dir}", " DIR"), "argv": argv,
                              "times": [], "rss": 0})
    empty = os.path.join(a.out, "scale-empty")
    os.makedirs(empty, exist_ok=True)
    base = {}
    for command in COMMANDS:
        name = " ".join(command).replace(" {dir}", " DIR")
        base[name] = measure([a.careers, "--data-dir", empty] + [x.format(dir=empty) for x in command], env)[1]
    for _ in range(a.rounds):
        for c in cases:
            t, rss = measure(c["argv"], env)
            c["times"].append(t)
            c["rss"] = max(c["rss"], rss)

    ok = True
    print(f"user data, median of {a.rounds} interleaved runs (budgets: 10 MB <= {TIME_BUDGET_S} s, "
          f"50 MB <= {LINEAR_BUDGET}x the 10 MB time, peak memory <= {MEMORY_BUDGET}x the bytes read)")
    print("| shape | MB | files | command | median | × 10 MB | peak memory | × bytes |")
    print("|---|---|---|---|---|---|---|---|")
    for c in cases:
        m = statistics.median(c["times"])
        ten = next(x for x in cases if x["shape"] == c["shape"] and x["mb"] == 10 and x["command"] == c["command"])
        growth = m / statistics.median(ten["times"])
        memory = max(0, c["rss"] - base[c["command"]]) / c["bytes"]
        marks = []
        if c["mb"] == 10 and m > TIME_BUDGET_S:
            marks.append("OVER time")
        if c["mb"] == 50 and growth > LINEAR_BUDGET:
            marks.append("OVER linear")
        if memory > MEMORY_BUDGET:
            marks.append("OVER memory")
        ok = ok and not marks
        ratio = f"{growth:.1f}" if c["mb"] == 50 else ""
        print(f"| {c['shape']} | {c['bytes'] / 2**20:.1f} | {c['files']} | `{c['command']}` | {m:.3f} s | {ratio} "
              f"| {c['rss'] / 2**20:.0f} MiB | {memory:.1f}{' ' + ', '.join(marks) if marks else ''} |")
    print("all within budget" if ok else "some budgets NOT met")
    sys.exit(0 if ok else 1)


main()
