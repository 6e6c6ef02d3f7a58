#!/usr/bin/python3
"""The JSON Schemas and `workrights check` agree (docs/security.md).

usage: schema_agreement_test.py [REPO]
- every shipped profile (data/profiles) and scenario (scenarios/) passes its schema;
- every profile or scenario case of the bad-input corpus (tests/bad_input) that check or simulate rejects is
  rejected by tests/validate_json.py with the schema (strict reading or the schema itself), unless
  tests/schema_agreement_allow_list.txt says why no schema can express it; a case they accept passes too;
- dates are checked as dates ("format": "date"), whichever jsonschema API this python has.
"""
import pathlib
import sys

import jsonschema

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import validate_json  # noqa: E402

failures = []


def check(ok, message):
    print(("ok: " if ok else "FAIL: ") + message)
    if not ok:
        failures.append(message)


def allow_list(path):
    allowed = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            case, _, reason = line.partition(":")
            allowed[case.strip()] = reason.strip()
    return allowed


def case_files(case, kind):
    """The files of a case the schema describes: its profiles, or its scenario and the scenarios it extends."""
    return sorted((case / "profiles").glob("*")) if kind == "profile" else sorted(case.glob("*.json"))


def check_formats_asserted():
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "format": "date"}
    cls = jsonschema.validators.validator_for(schema)
    v = validate_json.make_validator(cls, schema, {})
    check(not v.is_valid("2023-02-30") and v.is_valid("2024-02-29"),
          "the validator checks \"format\": \"date\" (2023-02-30 refused, 2024-02-29 accepted)")


def check_shipped(repo, validators):
    for kind, pattern in (("profile", "data/profiles/*.json"), ("scenario", "scenarios/*.json")):
        files = sorted(repo.glob(pattern))
        bad = {f.name: validate_json.problems(validators[kind], f) for f in files}
        bad = {name: found for name, found in bad.items() if found}
        for name, found in bad.items():
            print(f"  {name}: {found[0]}")
        check(files and not bad, f"all {len(files)} shipped {kind}s pass the {kind} schema")


def check_corpus(repo, validators, allowed):
    rejected = []
    for case in sorted(p for p in (repo / "tests/bad_input").iterdir() if p.is_dir()):
        kind = (case / "kind").read_text().strip()
        if kind not in validators:
            continue
        check_rejects = (case / "expect.txt").read_text().splitlines()[0] != "exit: 0"
        found = [f"{f.name}: {line}" for f in case_files(case, kind)
                 for line in validate_json.problems(validators[kind], f)[:1]]
        if not check_rejects:
            check(not found, f"{case.name}: check accepts it, and so does the {kind} schema {found[:1]}")
        elif found:
            rejected.append(case.name)
            how = "the strict reading before the schema" if ": (file): " in found[0] else "the schema"
            check(case.name not in allowed, f"{case.name}: rejected by {how} ({found[0]})"
                  + (" but still on the allow-list: remove it there" if case.name in allowed else ""))
        else:
            check(case.name in allowed, f"{case.name}: accepted by the {kind} schema, allowed because: "
                  + allowed.get(case.name, "NOT ON THE ALLOW-LIST (make the schema reject it, or say why it cannot)"))
    for name in sorted(set(allowed) - {c.name for c in (repo / "tests/bad_input").iterdir()}):
        check(False, f"{name}: on the allow-list but no such case")
    print(f"{len(rejected)} rejected cases rejected by the schemas too, {len(allowed)} allowed")


def main():
    repo = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    try:
        import referencing  # noqa: F401
        api = "referencing registry"
    except ImportError:
        api = "RefResolver"
    print(f"python {sys.version.split()[0]}, jsonschema with the {api} API")
    validators = {kind: validate_json.load_validator(repo / f"docs/schema/{kind}.schema.json")
                  for kind in ("profile", "scenario")}
    check_formats_asserted()
    check_shipped(repo, validators)
    check_corpus(repo, validators, allow_list(repo / "tests/schema_agreement_allow_list.txt"))
    print(f"schema agreement: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
