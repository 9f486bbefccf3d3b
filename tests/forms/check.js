#!/usr/bin/env node
// Checks the exported JSON Schemas with Ajv 8 in strict mode, as react-jsonschema-form and
// JSON Forms use it: the Forms profile with the draft-07 class `Ajv`, the Standard profile with
// `Ajv2020`, both with ajv-formats. Every schema must compile (which validates it against its
// meta-schema); every fixture of tests/fixtures/<kind>/valid must satisfy both schemas; every
// one of tests/fixtures/<kind>/invalid must be rejected by both, unless all its expected codes
// are in ../snapshots/schema_inexpressible.json (the crate's SCHEMA_INEXPRESSIBLE). Each
// uiSchema's `ui:order` must list exactly the properties of its schema.
//
// Usage: node check.js FORMS_DIR STANDARD_DIR [FIXTURES_DIR]
//   FORMS_DIR and STANDARD_DIR: written by `cargo run --example schemas -- DIR --profile
//   forms|standard`; FIXTURES_DIR (default tests/fixtures): better the one written by
//   `--fixtures tests/fixtures`, whose valid fixtures are in the wire form the schemas describe.
// Exits 1 on any failure, 2 on bad arguments; the last line is "N passed, M failed".
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv = require("ajv").default;
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const { addSchemarsFormats } = require("./schemars-formats.js");

const [formsDir, standardDir, fixturesArg] = process.argv.slice(2);
if (!formsDir || !standardDir) {
  console.error("usage: node check.js FORMS_DIR STANDARD_DIR");
  process.exit(2);
}
const repo = path.resolve(__dirname, "..", "..");
const fixturesDir = fixturesArg || path.join(repo, "tests", "fixtures");
const inexpressible = new Set(
  JSON.parse(fs.readFileSync(path.join(repo, "tests", "snapshots", "schema_inexpressible.json"), "utf8")),
);

/** Whether the Forms schema lists the last member of `dataPath` as required in its object. */
function schemaRequires(schema, dataPath, profile) {
  // Only the Forms profile states conditional members (if/then).
  const branches = profile === "forms" ? ["then", "else"] : [];
  const alternatives = (node) => [
    node,
    ...["oneOf", "anyOf", "allOf"].flatMap((k) => (node[k] || []).flatMap(alternatives)),
    ...branches.flatMap((k) => (node[k] ? alternatives(node[k]) : [])),
  ];
  const tokens = dataPath.split("/").slice(1);
  const member = tokens.pop();
  if (member === undefined) return true;
  let nodes = [schema];
  for (const token of tokens) {
    nodes = nodes
      .flatMap(alternatives)
      .map((n) => (n.properties && n.properties[token]) || (/^\d+$/.test(token) ? n.items : undefined))
      .filter(Boolean);
  }
  return nodes.flatMap(alternatives).some((n) => (n.required || []).includes(member));
}

function validator(profile) {
  const options = { strict: true, allErrors: true };
  const ajv = profile === "forms" ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv);
  if (profile === "standard") addSchemarsFormats(ajv);
  return ajv;
}

// Members sent as null or "" are absent for the crate's decoder.
function withoutAbsent(value) {
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && v !== "") out[k] = withoutAbsent(v);
    }
    return out;
  }
  return value;
}

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !/\.(expected|extra_errors|additional_errors)\.json$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

let passed = 0;
let failed = 0;
function check(label, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${label}`);
  } else {
    failed += 1;
    console.log(`FAIL ${label}${detail ? `\n     ${detail}` : ""}`);
  }
}
const errorText = (errors) => (errors || []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");

const kinds = fs
  .readdirSync(formsDir)
  .filter((f) => f.endsWith(".schema.json"))
  .map((f) => f.slice(0, -".schema.json".length))
  .sort();
check(`schemas found in ${formsDir}`, kinds.length > 0);

for (const kind of kinds) {
  for (const [profile, dir] of [["forms", formsDir], ["standard", standardDir]]) {
    const file = path.join(dir, `${kind}.schema.json`);
    let validate;
    try {
      const schema = JSON.parse(fs.readFileSync(file, "utf8"));
      validate = validator(profile).compile(schema);
      check(`${kind} ${profile}: schema compiles in strict mode`, true);
    } catch (e) {
      check(`${kind} ${profile}: schema compiles in strict mode`, false, e.message);
      continue;
    }
    for (const fixture of jsonFiles(path.join(fixturesDir, kind, "valid"))) {
      const data = withoutAbsent(JSON.parse(fs.readFileSync(fixture, "utf8")));
      const ok = validate(data);
      check(`${kind} ${profile}: valid/${path.basename(fixture)} accepted`, ok, errorText(validate.errors));
    }
    for (const fixture of jsonFiles(path.join(fixturesDir, kind, "invalid"))) {
      const expected = JSON.parse(fs.readFileSync(fixture.replace(/\.json$/, ".expected.json"), "utf8"));
      const formsSchema = JSON.parse(fs.readFileSync(path.join(formsDir, `${kind}.schema.json`), "utf8"));
      // A `required` finding the schema does not list is conditional ("describe the other
      // form"): no schema without if/then can say it, as in tests/schemas.rs.
      const codes = expected.errors.map((e) =>
        e.code === "required" && !schemaRequires(formsSchema, e.path, profile) ? "required_if" : e.code,
      );
      if (codes.every((c) => c === "required_if" || inexpressible.has(c))) continue; // only cross-field problems
      const data = withoutAbsent(JSON.parse(fs.readFileSync(fixture, "utf8")));
      check(`${kind} ${profile}: invalid/${path.basename(fixture)} rejected`, !validate(data));
    }
  }
  const schema = JSON.parse(fs.readFileSync(path.join(formsDir, `${kind}.schema.json`), "utf8"));
  const uiFile = path.join(formsDir, `${kind}.uischema.json`);
  const ui = fs.existsSync(uiFile) ? JSON.parse(fs.readFileSync(uiFile, "utf8")) : {};
  // Members that apply conditionally come where the wildcard is.
  const order = JSON.stringify((ui["ui:order"] || []).filter((k) => k !== "*"));
  check(
    `${kind}: uiSchema orders every field`,
    order === JSON.stringify(Object.keys(schema.properties || {})),
    `ui:order ${order}`,
  );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
