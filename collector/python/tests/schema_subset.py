"""Validates a document against schemas/snapshot.v1.schema.json with the JSON Schema keywords that
schema uses (no jsonschema package on this machine). An unknown keyword is an error, so a schema
change cannot make this validator silently skip a rule."""
import json
import os

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "..", "schemas", "snapshot.v1.schema.json")
_ANNOTATIONS = {"$schema", "$id", "title", "description", "format", "$defs", "additionalProperties"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def load_schema():
    with open(SCHEMA_PATH, encoding="utf-8") as source:
        return json.load(source)


def problems(document, schema=None):
    root = schema or load_schema()
    found = []
    _check(document, root, root, "", found)
    return found


def _resolve(root, ref):
    node = root
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def _check(value, schema, root, pointer, found):
    for keyword, rule in schema.items():
        if keyword in _ANNOTATIONS:
            if keyword == "additionalProperties" and isinstance(rule, dict) and isinstance(value, dict):
                known = schema.get("properties", {})
                for key, item in value.items():
                    if key not in known:
                        _check(item, rule, root, "%s/%s" % (pointer, key), found)
            continue
        if keyword == "$ref":
            _check(value, _resolve(root, rule), root, pointer, found)
        elif keyword == "type":
            kinds = rule if isinstance(rule, list) else [rule]
            if not any(_TYPES[kind](value) for kind in kinds):
                found.append("%s: expected %s, got %r" % (pointer or "/", rule, value))
                return
        elif keyword == "const":
            if value != rule:
                found.append("%s: expected %r" % (pointer, rule))
        elif keyword == "enum":
            if value not in rule:
                found.append("%s: %r not in %r" % (pointer, value, rule))
        elif keyword == "required":
            if isinstance(value, dict):
                for key in rule:
                    if key not in value:
                        found.append("%s: missing %s" % (pointer or "/", key))
        elif keyword == "properties":
            if isinstance(value, dict):
                for key, sub in rule.items():
                    if key in value:
                        _check(value[key], sub, root, "%s/%s" % (pointer, key), found)
        elif keyword == "items":
            if isinstance(value, list):
                for index, item in enumerate(value):
                    _check(item, rule, root, "%s/%d" % (pointer, index), found)
        elif keyword == "anyOf":
            if not any(not problems_of(value, option, root) for option in rule):
                found.append("%s: matches none of anyOf" % pointer)
        elif keyword in ("minimum", "maximum"):
            if _TYPES["number"](value) and (value < rule if keyword == "minimum" else value > rule):
                found.append("%s: %r violates %s %r" % (pointer, value, keyword, rule))
        elif keyword in ("minLength", "maxLength"):
            if isinstance(value, str) and (len(value) < rule if keyword == "minLength" else len(value) > rule):
                found.append("%s: length violates %s %r" % (pointer, keyword, rule))
        elif keyword in ("minItems", "maxItems"):
            if isinstance(value, list) and (len(value) < rule if keyword == "minItems" else len(value) > rule):
                found.append("%s: item count violates %s %r" % (pointer, keyword, rule))
        else:
            raise AssertionError("schema keyword %r at %s is not supported by this validator" % (keyword, pointer))


def problems_of(value, schema, root):
    found = []
    _check(value, schema, root, "", found)
    return found
