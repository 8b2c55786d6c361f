#!/usr/bin/env python3
"""Write synthetic but valid careers data files into DIR, about MEGABYTES in
total, for load benchmarks and stress tests.

    python3 benches/gen_data.py DIR MEGABYTES [--files N]

Each file is one source with salary figures, a growth projection, skill lists
and a career path, shaped like the real data. The figures are made up and
only for measuring speed: never put them in data/.
"""
import argparse, os, random

ROLES = ["backend", "frontend", "fullstack", "security", "devops"]
LEVELS = ["entry", "mid", "senior", "lead", "all"]
SKILLS = ["python", "java", "sql", "docker", "git", "testing", "apis", "aws", "react", "nodejs"]
BASES = ["own", "glassdoor", "indeed", "bls"]

def source(i, records, rng):
    out = [f'[source]\nid = "synthetic-{i:06}"\ntitle = "Synthetic source {i}"\npublisher = "Benchmark"\n']
    for r in range(records):
        low = rng.randrange(40_000, 200_000, 1000)
        out.append(
            f'[[salary]]\nrole = "{rng.choice(ROLES)}"\nlevel = "{rng.choice(LEVELS)}"\n'
            f'label = "synthetic figure {r}"\nkind = "range"\nlow = {low}\nhigh = {low + rng.randrange(0, 60_000, 1000)}\n'
            f'basis = "{rng.choice(BASES)}"\nyear = {rng.randrange(2015, 2027)}\n'
            + (f'location = "City {rng.randrange(50)}"\n' if r % 7 == 0 else "")
        )
    out.append(f'[[growth]]\noccupation = "web-developers"\nlabel = "synthetic"\npercent = {rng.randrange(1, 30)}\nbasis = "bls"\n')
    for role in ROLES:
        out.append(f'[[skills]]\nrole = "{role}"\nskills = [{", ".join(repr(s).replace(chr(39), chr(34)) for s in rng.sample(SKILLS, 5))}]\n')
    out.append('[[path]]\nrole = "backend"\nstage = "Synthetic stage"\nlevel = "mid"\nyears = { counts = \"in-stage\", min = 2, max = 4 }\n')
    return "\n".join(out)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("megabytes", type=float)
    ap.add_argument("--files", type=int, default=0, help="number of files (default: about 100 KB each)")
    a = ap.parse_args()
    rng = random.Random(42)
    os.makedirs(a.dir, exist_ok=True)
    target = int(a.megabytes * 1024 * 1024)
    sample = random.Random(0)
    per_record = (len(source(0, 101, sample)) - len(source(0, 1, sample))) // 100
    files = a.files or max(1, target // (100 * 1024))
    records = max(1, target // files // per_record)
    written = 0
    for i in range(files):
        text = source(i, records, rng)
        with open(os.path.join(a.dir, f"synthetic-{i:06}.toml"), "w") as f:
            f.write(text)
        written += len(text)
    print(f"{files} files, {written / 1048576:.1f} MiB in {a.dir}")

main()
