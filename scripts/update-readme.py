#!/usr/bin/env python3
"""Refresh every ```console block in README.md and docs/*.md that starts with `$ careers ...`
by running that command with the freshly built binary, at the width the
README test uses (COLUMNS=100) and with no user data.

    cargo build && python3 scripts/update-readme.py
"""
import os, re, shlex, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(root, "target", "debug", "careers")
pages = [os.path.join(root, "README.md")] + sorted(
    os.path.join(root, "docs", f) for f in os.listdir(os.path.join(root, "docs")) if f.endswith(".md"))

def run(args, home):
    env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "XDG_DATA_HOME": os.path.join(home, "share"),
           "COLUMNS": "100", "TERM": "xterm"}
    p = subprocess.run([binary] + args, env=env, capture_output=True, text=True)
    return p.stdout + p.stderr

def main():
    for page in pages:
        text = open(page, encoding="utf-8").read()
        with tempfile.TemporaryDirectory() as home:
            def refresh(m):
                command = m.group(1)
                return "```console\n$ careers " + command + "\n" + run(shlex.split(command), home) + "```"
            new = re.sub(r"```console\n\$ careers ([^\n]*)\n.*?```", refresh, text, flags=re.S)
        if new != text:
            open(page, "w", encoding="utf-8").write(new)
            print(os.path.relpath(page, root), "updated")
    return 0

sys.exit(main())
