// Per-document CPU timings of Ajv 8 (draft 2020-12, allErrors, ajv-formats), for the
// comparison of run.sh.
//
//     node measure.js SCHEMA_FILE LIST [--budget-ms N] [--rounds]
//
// SCHEMA_FILE is a standard-profile schema; LIST a file with one document path per line. Prints
// one JSON line per document, with the keys and the measuring protocol of
// examples/compare_driver.rs: one untimed call for the verdict, calls for a quarter of the
// budget to warm up (V8 optimises Ajv's code after some calls) and size the batches, then batches
// of about 2 ms of CPU timed with the process CPU clock (user + system) until the budget is
// spent (at least 3 batches), and the median of the per-call times. One call is what a server
// does with a request body: bytes to string, JSON.parse, validate.
//
// With --rounds, the rounds protocol of compare_driver: LIST's documents are read and checked
// once, then each line of standard input, {"files": [PATH, ...], "budget_ms": N}, measures those
// documents with that budget (one JSON line each), until the end of the input.

"use strict";

const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const { addSchemarsFormats } = require("../../tests/forms/schemars-formats.js");

const BATCH_US = 2000;
const MIN_SAMPLES = 3;
const MAX_SAMPLES = 200;

function cpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measure(check, bytes, budgetUs) {
  const start = cpuMicros();
  let calls = 0;
  while (calls < 2 || cpuMicros() - start < budgetUs / 4) {
    check(bytes);
    calls += 1;
  }
  const one = Math.max((cpuMicros() - start) / calls, 0.05);
  const iterations = Math.max(Math.floor(BATCH_US / one), 1);
  const perCall = [];
  const started = cpuMicros();
  while (
    perCall.length < MIN_SAMPLES ||
    (cpuMicros() - started < budgetUs && perCall.length < MAX_SAMPLES)
  ) {
    const batch = cpuMicros();
    for (let i = 0; i < iterations; i += 1) check(bytes);
    perCall.push(((cpuMicros() - batch) * 1000) / iterations);
  }
  return [median(perCall), perCall.length, iterations];
}

function measured(check, file, bytes, verdict, budgetMs) {
  const [valid, errors] = verdict;
  const [medianNs, samples, iterations] = measure(check, bytes, budgetMs * 1000);
  return JSON.stringify({
    file,
    tool: "ajv",
    bytes: bytes.length,
    valid,
    errors,
    median_ns: medianNs,
    samples,
    iterations,
  });
}

async function serveRounds(check, files) {
  const documents = new Map();
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    documents.set(file, [bytes, check(bytes)]);
  }
  const lines = require("readline").createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    for (const file of request.files) {
      const [bytes, verdict] = documents.get(file);
      // Writes to a pipe are synchronous on Linux, so each line leaves before the next timing.
      console.log(measured(check, file, bytes, verdict, request.budget_ms));
    }
  }
}

function main(argv) {
  let budgetMs = 300;
  const rounds = argv.indexOf("--rounds");
  if (rounds >= 0) argv.splice(rounds, 1);
  const at = argv.indexOf("--budget-ms");
  if (at >= 0) {
    budgetMs = Number(argv[at + 1]);
    argv.splice(at, 2);
  }
  if (argv.length !== 2) {
    console.error("usage: node measure.js SCHEMA_FILE LIST [--budget-ms N] [--rounds]");
    process.exit(2);
  }
  const [schemaFile, listFile] = argv;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  addSchemarsFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  const check = (bytes) => {
    let value;
    try {
      value = JSON.parse(bytes.toString("utf8"));
    } catch {
      return [false, 1];
    }
    return validate(value) ? [true, 0] : [false, validate.errors.length];
  };
  const files = fs
    .readFileSync(listFile, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (rounds >= 0) {
    serveRounds(check, files).catch((error) => {
      console.error(error);
      process.exit(2);
    });
    return;
  }
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    console.log(measured(check, file, bytes, check(bytes), budgetMs));
  }
}

main(process.argv.slice(2));
