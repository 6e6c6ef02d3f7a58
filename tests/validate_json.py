#!/usr/bin/python3
"""Validates JSON files against a workrights JSON Schema with a real validator (python3-jsonschema).

usage: validate_json.py SCHEMA FILE...
Schemas refer to each other by file name (common.schema.json), resolved in the schema's folder.
"""
import json
import pathlib
import sys

import jsonschema


def make_validator(validator_class, schema, store):
    """A validator that resolves references between our schemas and checks formats (dates as dates): with the
    `referencing` library where it is installed (jsonschema 4.18 and later), else with RefResolver (Debian's)."""
    checker = jsonschema.FormatChecker()
    try:
        import referencing
        import referencing.jsonschema
    except ImportError:
        resolver = jsonschema.RefResolver(base_uri=schema.get("$id", ""), referrer=schema, store=store)
        return validator_class(schema, resolver=resolver, format_checker=checker)
    spec = referencing.jsonschema.specification_with(schema.get("$schema", ""),
                                                     default=referencing.jsonschema.DRAFT202012)
    registry = referencing.Registry().with_resources(
        (uri, referencing.Resource.from_contents(s, default_specification=spec)) for uri, s in store.items())
    return validator_class(schema, registry=registry, format_checker=checker)


def main() -> int:
    schema_path = pathlib.Path(sys.argv[1])
    schema = json.loads(schema_path.read_text())
    store = {}
    for p in schema_path.parent.glob("*.schema.json"):
        s = json.loads(p.read_text())
        store[s.get("$id", p.name)] = s
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = make_validator(validator_class, schema, store)
    failed = 0
    for name in sys.argv[2:]:
        errors = sorted(validator.iter_errors(json.loads(pathlib.Path(name).read_text())), key=lambda e: list(e.path))
        for e in errors[:20]:
            pointer = "/" + "/".join(str(x) for x in e.absolute_path)
            print(f"{name}: {pointer}: {e.message}")
        failed += 1 if errors else 0
    print(f"{len(sys.argv) - 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
