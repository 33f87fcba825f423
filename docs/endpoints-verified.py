#!/usr/bin/env python3
"""Compares the hand-verified endpoint tables of docs/endpoints-verified.md with what
`sechound routes --format json` says on the applications fetched under /work/corpus (or
$SECHOUND_CORPUS). Prints every disagreement and a count per application; exits 0."""
import json
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.environ.get("SECHOUND_CORPUS", "/work/corpus")
binary = os.environ.get("SECHOUND") or next(
    (p for p in (os.path.join(here, "..", "target", t, "sechound") for t in ("release", "debug")) if os.path.exists(p)),
    "sechound",
)
doc = open(os.path.join(here, "endpoints-verified.md"), encoding="utf-8").read()
AUTH = {"authenticated": "required", "unauthenticated": "open", "exempted": "open", "unknown": "unknown"}

for block in re.split(r"<!-- verified: ", doc)[1:]:
    app, body = block.split(" -->", 1)
    rows = []
    for line in body.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0] in ("GET", "POST", "PUT", "PATCH", "DELETE", "WS", "ANY"):
            rows.append((cells[0], cells[1].strip("`"), cells[2], cells[3]))
        elif rows and not line.startswith("|"):
            break
    path = os.path.join(corpus, app)
    if not os.path.isdir(path):
        print(f"{app}: not fetched under {corpus}, skipped")
        continue
    out = subprocess.run([binary, "routes", path, "--format", "json"], capture_output=True, text=True, check=True)
    model = json.loads(out.stdout)
    endpoints = model["endpoints"]
    agree = 0
    for method, route, expected, roles in rows:
        found = [e for e in endpoints if e["method"] == method and e["path"] == route]
        if not found:
            print(f"{app}: {method} {route}: expected {expected}, not shown")
            continue
        e = found[0]
        got = AUTH[e["auth"]]
        got_roles = ",".join(e.get("roles", []))
        if got == expected and got_roles == roles.replace(" ", ""):
            agree += 1
        else:
            print(f"{app}: {method} {route}: expected {expected} {roles}, sechound says {got} {got_roles}")
    print(f"{app}: {len(endpoints)} endpoints shown, {len(rows)} checked by hand, {agree} agree")
