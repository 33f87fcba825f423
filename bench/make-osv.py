#!/usr/bin/env python3
"""Synthetic OSV archives and a 2,000-package lockfile for bench/deps.sh.

The real archives (osv-vulnerabilities.storage.googleapis.com/{npm,PyPI}/all.zip) cannot be
downloaded here, so this writes archives of the same shape and of realistic size: GHSA-like npm
records (summary, details, aliases, ECOSYSTEM ranges, CVSS vectors or a GitHub severity label) and
PYSEC-like PyPI records (no summary, ranges plus long `versions[]` lists), a few advisories per
package on a skewed distribution. Deterministic (fixed seed).

    make-osv.py OUT_DIR [NPM_RECORDS] [PYPI_RECORDS] [LOCK_PACKAGES]
"""
import json
import os
import random
import sys
import zipfile

out = sys.argv[1]
npm_records = int(sys.argv[2]) if len(sys.argv) > 2 else 150_000
pypi_records = int(sys.argv[3]) if len(sys.argv) > 3 else 50_000
lock_packages = int(sys.argv[4]) if len(sys.argv) > 4 else 2_000
rng = random.Random(6)
WORDS = ("prototype pollution regular expression denial service path traversal remote code execution "
         "cross site scripting server side request forgery improper input validation header injection "
         "arbitrary file write uncontrolled resource consumption insecure default algorithm").split()
VECTORS = ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N",
           "CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N", "CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L"]
LABELS = ["CRITICAL", "HIGH", "MODERATE", "LOW"]


def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def ident(prefix, i):
    chars = "23456789cfghjmpqrvwx"
    r = random.Random(i)
    parts = ["".join(r.choice(chars) for _ in range(4)) for _ in range(3)]
    return f"{prefix}-{parts[0]}-{parts[1]}-{parts[2]}-{i}"


def names(prefix, count):
    return [f"{prefix}{i}" for i in range(count)]


def pick(pool):
    # Skewed: a few packages carry many advisories, most carry one or two.
    return pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1) if rng.random() < 0.3 else rng.randrange(len(pool))]


def npm_record(i, pool):
    name = pick(pool)
    major = rng.randrange(0, 9)
    fixed = f"{major}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
    ranges = [{"type": "ECOSYSTEM", "events": [{"introduced": "0" if rng.random() < 0.6 else f"{major}.0.0"}, {"fixed": fixed}]}]
    record = {
        "schema_version": "1.4.0",
        "id": ident("GHSA", i),
        "modified": "2024-09-10T19:41:04Z",
        "published": "2022-12-22T03:32:22Z",
        "aliases": [f"CVE-20{rng.randrange(15, 25)}-{rng.randrange(1000, 60000)}"],
        "summary": f"{name} {sentence(6)}",
        "details": sentence(90),
        "severity": [{"type": "CVSS_V3", "score": rng.choice(VECTORS)}] if rng.random() < 0.6 else [],
        "affected": [{"package": {"ecosystem": "npm", "name": name}, "ranges": ranges,
                      "database_specific": {"last_known_affected_version_range": f"< {fixed}"}}],
        "references": [{"type": "WEB", "url": f"https://github.com/advisories/{ident('GHSA', i)}"}] * 3,
        "database_specific": {"cwe_ids": ["CWE-1321"], "severity": rng.choice(LABELS), "github_reviewed": True},
    }
    return record


def pypi_record(i, pool):
    name = pick(pool)
    fixed_minor = rng.randrange(2, 40)
    versions = [f"{m}.{n}" for m in range(0, 3) for n in range(0, fixed_minor)][: rng.randrange(20, 80)]
    return {
        "id": f"PYSEC-20{rng.randrange(10, 25)}-{i}",
        "details": sentence(70),
        "aliases": [f"CVE-20{rng.randrange(10, 25)}-{rng.randrange(1000, 60000)}", ident("GHSA", 10_000_000 + i)],
        "modified": "2024-06-20T16:31:00.000000Z",
        "published": "2021-06-08T18:15:00Z",
        "affected": [{"package": {"name": name, "ecosystem": "PyPI", "purl": f"pkg:pypi/{name}"},
                      "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": f"2.{fixed_minor}"}]},
                                 {"type": "GIT", "repo": f"https://github.com/x/{name}", "events": [{"introduced": "0"}, {"fixed": "abc123"}]}],
                      "versions": versions}],
        "references": [{"type": "ADVISORY", "url": "https://nvd.nist.gov/vuln/detail/CVE"}] * 2,
    }


def write_zip(path, make, count, pool):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(count):
            record = make(i, pool)
            z.writestr(f"{record['id']}.json", json.dumps(record, indent=2))


npm_pool = names("npm-pkg-", max(1, npm_records // 4))
pypi_pool = names("py-pkg-", max(1, pypi_records // 3))
write_zip(f"{out}/osv/npm/all.zip", npm_record, npm_records, npm_pool)
write_zip(f"{out}/osv/PyPI/all.zip", pypi_record, pypi_records, pypi_pool)

# A package-lock.json v3 of LOCK_PACKAGES packages, every one a package the advisories name (the
# worst case for lookups), 40 of them direct, each depending on up to three others.
lock_dir = f"{out}/lockfile-app"
os.makedirs(lock_dir, exist_ok=True)
chosen = rng.sample(npm_pool, min(lock_packages, len(npm_pool)))
direct = chosen[:40]
packages = {"": {"name": "bench-app", "version": "1.0.0", "dependencies": {d: "*" for d in direct}}}
for index, name in enumerate(chosen):
    deps = {chosen[j]: "*" for j in rng.sample(range(len(chosen)), 3) if j > index}
    entry = {"version": f"{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}",
             "resolved": f"https://registry.npmjs.org/{name}/-/{name}.tgz", "integrity": "sha512-x"}
    if deps:
        entry["dependencies"] = deps
    packages[f"node_modules/{name}"] = entry
with open(f"{lock_dir}/package-lock.json", "w") as f:
    json.dump({"name": "bench-app", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}, f, indent=2)
with open(f"{lock_dir}/package.json", "w") as f:
    json.dump({"name": "bench-app", "version": "1.0.0", "dependencies": {d: "*" for d in direct}}, f, indent=2)
with open(f"{lock_dir}/server.js", "w") as f:
    f.write("const express = require('express');\nconst app = express();\napp.listen(3000);\n")
