#!/usr/bin/python3
"""Validates JSON files against a workrights JSON Schema with a real validator (python3-jsonschema).

usage: validate_json.py SCHEMA FILE...
Schemas refer to each other by file name (common.schema.json), resolved in the schema's folder.
Files are read as strictly as workrights reads them (I-JSON, RFC 7493): UTF-8 (a leading byte order mark is
allowed, as workrights allows it), no NaN or Infinity, no number beyond a double, no key twice in one object, no
unpaired surrogate. A file that is not such JSON fails before the schema is consulted.
"""
import json
import math
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


class NotStrictJson(ValueError):
    """The file is not JSON as workrights reads it; the message says why."""


def _no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise NotStrictJson(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def _no_constant(name):
    raise NotStrictJson(f"{name} is not a JSON number")


def _finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise NotStrictJson(f"number {text} is too large")
    return value


def _check_surrogates(value):
    """Python's parser keeps an unpaired \\ud800 escape as a lone surrogate, which is not Unicode text."""
    strings = [value] if isinstance(value, str) else []
    if isinstance(value, dict):
        strings = list(value.keys())
        for v in value.values():
            _check_surrogates(v)
    elif isinstance(value, list):
        for v in value:
            _check_surrogates(v)
    for s in strings:
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            raise NotStrictJson(f"unpaired UTF-16 surrogate in the string {s!r}") from None


def load_strict_json(path):
    """The JSON value in `path`, or NotStrictJson saying why the file is not JSON as workrights reads it."""
    data = pathlib.Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NotStrictJson(f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant,
                           parse_float=_finite_float)
    except json.JSONDecodeError as e:
        raise NotStrictJson(f"not JSON: {e}") from None
    except RecursionError:
        raise NotStrictJson("nested too deeply to parse") from None
    _check_surrogates(value)
    return value


def load_validator(schema_path):
    """A validator for the schema at `schema_path`, resolving references to the schemas beside it."""
    schema_path = pathlib.Path(schema_path)
    schema = json.loads(schema_path.read_text())
    store = {}
    for p in schema_path.parent.glob("*.schema.json"):
        s = json.loads(p.read_text())
        store[s.get("$id", p.name)] = s
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return make_validator(validator_class, schema, store)


def problems(validator, path):
    """Why `path` fails (strict reading first, then the schema), as 'pointer: message' lines; [] when it passes."""
    try:
        doc = load_strict_json(path)
    except NotStrictJson as e:
        return [f"(file): {e}"]
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    return ["/" + "/".join(str(x) for x in e.absolute_path) + f": {e.message}" for e in errors]


def main() -> int:
    validator = load_validator(sys.argv[1])
    failed = 0
    for name in sys.argv[2:]:
        found = problems(validator, name)
        for line in found[:20]:
            print(f"{name}: {line}")
        failed += 1 if found else 0
    print(f"{len(sys.argv) - 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
