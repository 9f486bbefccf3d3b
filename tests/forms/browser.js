#!/usr/bin/env node
// Renders every document kind in react-jsonschema-form (v6 and v5, @rjsf/core with
// @rjsf/validator-ajv8) and in JSON Forms 3 (vanilla renderers) in headless Chromium, from the
// files the `schemas` example exports, as a new user would wire them (page/*.jsx, bundled with
// esbuild). For every kind and renderer:
// - the empty form renders (no "unsupported field", no "no applicable renderer"), and an empty
//   submit shows Vietnamese required-field errors;
// - every valid fixture (in the crate's canonical JSON) loads, submits unchanged with no error,
//   and the submitted data equals the fixture;
// - every invalid fixture's findings from the crate (extraErrors / additionalErrors) appear
//   next to the fields they concern;
// - no English word of the renderers (ENGLISH) shows on any of these forms: empty, after the
//   empty submit, filled, with findings (text, tooltips, options), nor in JSON Forms' delete
//   question; and the date inputs read dd/mm/yyyy in a Vietnamese browser (browserLanguage);
// - screenshots of the empty and the filled form go to SCREENSHOTS_DIR.
//
// Usage: node browser.js FORMS_DIR SCREENSHOTS_DIR
//   FORMS_DIR: written by `cargo run --example schemas -- DIR --profile forms --fixtures
//   tests/fixtures`. Chromium: $CHROMIUM or /usr/bin/chromium (Debian's `chromium`); nothing is
//   downloaded. Exits 1 on any failure, 2 on bad arguments; the last line is "N passed, M failed".
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const esbuild = require("esbuild");
const { chromium } = require("playwright-core");

const [formsDir, shotsDir] = process.argv.slice(2);
if (!formsDir || !shotsDir) {
  console.error("usage: node browser.js FORMS_DIR SCREENSHOTS_DIR");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const only = process.env.FORMS_ONLY ? new RegExp(process.env.FORMS_ONLY) : null;

const RENDERERS = [
  { name: "rjsf6", entry: "page/rjsf.jsx", alias: {}, ui: "uischema", i18n: "vi.rjsf.json" },
  {
    name: "rjsf5",
    entry: "page/rjsf.jsx",
    // The v5 packages are installed under aliases beside v6 (package.json).
    alias: {
      "@rjsf/core": "rjsf5-core",
      "@rjsf/utils": "rjsf5-utils",
      "@rjsf/validator-ajv8": "rjsf5-validator-ajv8",
    },
    ui: "uischema",
    i18n: "vi.rjsf.json",
  },
  { name: "jsonforms", entry: "page/jsonforms.jsx", alias: {}, ui: "jsonforms.uischema", i18n: "vi.jsonforms.json" },
];

// Words of the renderers that must not reach a Vietnamese user (their English defaults:
// buttons, headers, empty states, dialogs, Ajv's messages), matched as whole words.
const ENGLISH = [
  /\bmust\b/i,
  /\bshould\b/i,
  /required property/i,
  /\bAdd\b/,
  /\bDelete\b/,
  /\bRemove\b/,
  /\bMove\b/,
  /\bUp\b/,
  /\bDown\b/,
  /\bNo data\b/i,
  /\bNo selection\b/i,
  /\bItems?\b/,
  /\bValid\b/,
  /\bInvalid\b/,
  /\bOK\b/,
  /\bErrors?\b/,
  /\bYes\b/,
  /\bSubmit\b/,
  /\bConfirm\b/,
  /\bAre you sure\b/i,
  /\band\b/,
  /Unsupported field/,
  /No applicable renderer/,
  /^None$/m,
];

let passed = 0;
let failed = 0;
function check(label, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${label}`);
  } else {
    failed += 1;
    console.log(`FAIL ${label}${detail ? `\n     ${String(detail).split("\n").join("\n     ")}` : ""}`);
  }
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !/\.(expected|extra_errors|additional_errors)\.json$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** JSON with sorted keys and without `undefined` members: what "equal data" means here. */
function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      if (value[key] !== undefined) out[key] = stable(value[key]);
    }
    return out;
  }
  return value;
}

/** The first difference between two JSON values, as "pointer: a ≠ b". */
function difference(a, b, at = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = difference(a[key], b[key], `${at}/${key}`);
      if (d) return d;
    }
  }
  return `${at || "/"}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/** The schema node of the data at `pointer` (through items, properties and conditional branches). */
function schemaAt(schema, pointer) {
  let nodes = [schema];
  const branches = (node) => [node, ...(node.allOf || []).flatMap((r) => (r.then ? [r.then] : []))];
  for (const token of pointer.split("/").slice(1)) {
    nodes = nodes
      .flatMap(branches)
      .map((n) => (n.properties && n.properties[token]) || (/^\d+$/.test(token) ? n.items : undefined))
      .filter(Boolean);
  }
  return nodes[0];
}

/** The findings of an rjsf `extraErrors` tree: [{pointer, messages}]. */
function extraFindings(tree, at = "") {
  const out = [];
  for (const [key, value] of Object.entries(tree || {})) {
    if (key === "__errors") out.push({ pointer: at, messages: value });
    else out.push(...extraFindings(value, `${at}/${key}`));
  }
  return out;
}

async function bundle(outDir) {
  const files = {};
  for (const renderer of RENDERERS) {
    const outfile = path.join(outDir, `${renderer.name}.js`);
    await esbuild.build({
      entryPoints: [path.join(__dirname, renderer.entry)],
      bundle: true,
      outfile,
      format: "iife",
      jsx: "automatic",
      // esbuild resolves aliases from its working directory: this one, where node_modules is.
      absWorkingDir: __dirname,
      alias: renderer.alias,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "error",
    });
    files[renderer.name] = outfile;
  }
  return files;
}

/** Visible text, and the tooltips and labels of buttons, of the form. */
async function pageTexts(page) {
  return page.evaluate(() => {
    const root = document.getElementById("root");
    const attributes = [...root.querySelectorAll("[title],[aria-label]")].map(
      (e) => `${e.getAttribute("title") || ""} ${e.getAttribute("aria-label") || ""}`,
    );
    const options = [...root.querySelectorAll("option")].map((o) => o.textContent);
    return `${root.innerText}\n${attributes.join("\n")}\n${options.join("\n")}`;
  });
}

/** The English words of ENGLISH in `text`, each with the line it is on. */
function english(text) {
  return ENGLISH.filter((re) => re.test(text)).map((re) => `${re} in: ${text.split("\n").find((l) => re.test(l))}`);
}

/** The top of the page (at most 2000 pixels: long forms go on for metres). */
async function screenshot(page, file) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1000, height: Math.min(height, 2000) } });
}

async function mount(page, props) {
  const pageErrors = [];
  const onError = (e) => pageErrors.push(e.message);
  page.on("pageerror", onError);
  await page.evaluate((p) => window.qcdcMount(p), props);
  await page.waitForTimeout(30);
  page.off("pageerror", onError);
  return pageErrors;
}

/** Submits an rjsf form by its button; the submission ({ok, data} or {ok: false, errors}). */
async function submitRjsf(page) {
  await page.evaluate(() => {
    window.qcdcSubmitted = [];
  });
  await page.click("#root button[type=submit]");
  await page.waitForFunction(() => window.qcdcSubmitted.length > 0, null, { timeout: 5000 });
  return page.evaluate(() => window.qcdcSubmitted[window.qcdcSubmitted.length - 1]);
}

/** The error texts shown under the field of `pointer` (rjsf: `#root_a_0_b__error`). */
async function rjsfErrorsAt(page, pointer) {
  const id = `root${pointer.split("/").slice(1).map((t) => `_${t}`).join("")}__error`;
  return page.evaluate((id) => {
    const list = document.getElementById(id);
    return list ? list.innerText : null;
  }, id);
}

/** A text as HTML shows it: every run of white space one space. */
const squash = (s) => s.replace(/\s+/g, " ");

/** JSON Forms: the labels of the controls that show `message` as their error. */
async function jsonformsLabelsShowing(page, message) {
  return page.evaluate((message) => {
    const labels = [];
    for (const label of document.querySelectorAll("#root label")) {
      // A control: the label and its error side by side. An array: the label in a header,
      // the errors of the list and of its rows below it.
      let wrapper = label.parentElement;
      if (wrapper && wrapper.tagName === "HEADER") wrapper = wrapper.parentElement;
      // HTML shows a run of white space as one space: compare the texts so.
      const squash = (s) => s.replace(/\s+/g, " ");
      if (wrapper && squash(wrapper.innerText).includes(squash(message))) labels.push(label.innerText.replace(/\*$/, "").trim());
    }
    return labels;
  }, message);
}

/**
 * The order of the day, month and year fields of every date input of the page, as "day month
 * year". Chromium draws them in its user-agent shadow DOM, in the order of the browser's
 * language: the page cannot see them, the DevTools protocol (with `pierce`) can.
 */
async function dateFieldOrders(cdp) {
  const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
  const children = (node) => [...(node.shadowRoots || []), ...(node.children || [])];
  const fields = (node) => {
    const pseudo = (node.attributes || []).join(" ").match(/-webkit-datetime-edit-(day|month|year)-field/);
    return [...(pseudo ? [pseudo[1]] : []), ...children(node).flatMap(fields)];
  };
  const orders = [];
  const walk = (node) => {
    const attributes = node.attributes || [];
    const isDate = node.nodeName === "INPUT" && attributes.some((a, i) => a === "type" && attributes[i + 1] === "date");
    if (isDate) orders.push(fields(node).join(" "));
    else children(node).forEach(walk);
  };
  walk(root);
  return orders;
}

/** Clicks the first delete button of a list and returns the question it asks (dismissed). */
async function deleteQuestion(page, ariaLabel) {
  const button = await page.$(`#root button[aria-label="${ariaLabel}"]`);
  if (!button) return null;
  const question = new Promise((resolve) =>
    page.once("dialog", async (dialog) => {
      const message = dialog.message();
      await dialog.dismiss();
      resolve(message);
    }),
  );
  await button.click();
  return question;
}

async function runRenderer(context, renderer, script, kinds, vietnameseBrowser) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Over every kind: the date inputs of the empty and the first filled form, and the delete
  // questions of JSON Forms' lists (rjsf deletes without asking).
  const dateOrders = [];
  const questions = [];
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.setContent('<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>body{font:14px sans-serif;margin:16px}label{margin-right:8px}fieldset,.group-layout{margin:8px 0}textarea{font:inherit}</style></head><body><div id="root"></div></body></html>');
  await page.addScriptTag({ path: script });
  const vi = readJson(path.join(formsDir, renderer.i18n));
  const isRjsf = renderer.name.startsWith("rjsf");
  for (const kind of kinds) {
    const schema = readJson(path.join(formsDir, `${kind}.schema.json`));
    const uiSchema = readJson(path.join(formsDir, `${kind}.${renderer.ui}.json`));
    const label = `${renderer.name} ${kind}`;

    // The empty form: renders, and an empty submit asks for the required fields in Vietnamese.
    let errors = await mount(page, { schema, uiSchema, formData: isRjsf ? undefined : {}, vi });
    let text = await pageTexts(page);
    const foreign = english(text);
    check(`${label}: empty form renders`, errors.length === 0 && foreign.length === 0, [...errors, ...foreign].join("\n"));
    dateOrders.push(...(await dateFieldOrders(cdp)));
    await screenshot(page, path.join(shotsDir, `${renderer.name}-${kind}-empty.png`));
    if (isRjsf) {
      const submitted = await submitRjsf(page);
      check(`${label}: empty submit is refused`, !submitted.ok, JSON.stringify(submitted));
    }
    text = await pageTexts(page);
    check(
      `${label}: empty submit shows Vietnamese required-field errors`,
      text.includes("Bắt buộc nhập") && english(text).length === 0,
      english(text).join("\n") || text.slice(0, 400),
    );

    // Every valid fixture: loads, submits unchanged, no error.
    const valid = jsonFiles(path.join(formsDir, "fixtures", kind, "valid"));
    for (const [i, file] of valid.entries()) {
      const fixture = readJson(file);
      const name = `${label}: valid/${path.basename(file)}`;
      errors = await mount(page, { schema, uiSchema, formData: fixture, vi });
      if (errors.length) {
        check(`${name} renders`, false, errors.join("\n"));
        continue;
      }
      if (i === 0) {
        await screenshot(page, path.join(shotsDir, `${renderer.name}-${kind}-filled.png`));
        dateOrders.push(...(await dateFieldOrders(cdp)));
      }
      const foreign = english(await pageTexts(page));
      let outcome;
      if (isRjsf) {
        outcome = await submitRjsf(page);
      } else {
        const state = await page.evaluate(() => window.qcdcState);
        outcome = state.errors.length ? { ok: false, errors: state.errors } : { ok: true, data: state.data };
      }
      const diff = outcome.ok ? difference(stable(fixture), stable(outcome.data)) : null;
      check(
        `${name} submits unchanged, in Vietnamese`,
        outcome.ok && diff === null && foreign.length === 0,
        [outcome.ok ? diff && `submitted data differs: ${diff}` : `refused: ${outcome.errors.join("; ")}`, ...foreign]
          .filter(Boolean)
          .join("\n"),
      );
      if (i === 0 && !isRjsf) {
        const question = await deleteQuestion(page, vi.translations.removeAriaLabel);
        if (question !== null) questions.push(question);
      }
    }

    // Every invalid fixture: the crate's findings next to their fields.
    const invalid = jsonFiles(path.join(formsDir, "fixtures", kind, "invalid"));
    for (const file of invalid) {
      const data = readJson(file);
      const extraErrors = readJson(file.replace(/\.json$/, ".extra_errors.json"));
      const additionalErrors = readJson(file.replace(/\.json$/, ".additional_errors.json"));
      const name = `${label}: invalid/${path.basename(file)}`;
      errors = await mount(page, { schema, uiSchema, formData: data, extraErrors, additionalErrors, vi });
      if (errors.length) {
        check(`${name} renders`, false, errors.join("\n"));
        continue;
      }
      const missing = [];
      let shown = 0;
      let skipped = 0;
      if (isRjsf) {
        for (const { pointer, messages } of extraFindings(extraErrors)) {
          const at = await rjsfErrorsAt(page, pointer);
          for (const message of messages) {
            // HTML shows a run of white space as one space: compare the texts so.
            if (at !== null && squash(at).includes(squash(message))) shown += 1;
            else missing.push(`${pointer || "/"}: ${message} (shown there: ${at})`);
          }
        }
      } else {
        for (const error of additionalErrors) {
          let node = schemaAt(schema, error.instancePath);
          const tokens = error.instancePath.split("/");
          // An item of a list: shown in its row of the list.
          if (/^\d+$/.test(tokens[tokens.length - 1])) node = schemaAt(schema, tokens.slice(0, -1).join("/"));
          // JSON Forms shows errors on controls only: a whole object (a Group) has none.
          if (!node || node.type === "object") {
            skipped += 1;
            continue;
          }
          const labels = await jsonformsLabelsShowing(page, error.message);
          // Where the value is not one of the choices, JSON Forms shows only the schema's own
          // error for that field (errorsAt keeps one error source under a `oneOf`).
          const flagged = node.oneOf && (await jsonformsLabelsShowing(page, vi.messages.oneOf)).includes(node.title);
          // JSON Forms labels a list with its items' title.
          const titles = [node.title, node.items && node.items.title].filter(Boolean);
          const itemIsObject = node !== schemaAt(schema, error.instancePath) && schemaAt(schema, error.instancePath).type === "object";
          if (titles.some((t) => labels.includes(t)) || flagged) shown += 1;
          // An item that is a whole object shows in a table row, but not in a list of nested
          // objects, which has no place for it.
          else if (itemIsObject) skipped += 1;
          else missing.push(`${error.instancePath}: ${error.message} (shown under: ${JSON.stringify(labels)})`);
        }
      }
      const foreign = english(await pageTexts(page));
      check(
        `${name}: ${shown} findings next to their fields${skipped ? ` (${skipped} on whole objects, which JSON Forms does not show)` : ""}, in Vietnamese`,
        missing.length === 0 && foreign.length === 0,
        [...missing, ...foreign].join("\n"),
      );
    }
  }
  // A Vietnamese browser writes dates day/month/year (the renderers leave it to the browser).
  const notDmy = dateOrders.filter((order) => order !== "day month year");
  if (vietnameseBrowser) check(
    `${renderer.name}: ${dateOrders.length} date inputs read dd/mm/yyyy`,
    dateOrders.length > 0 && notDmy.length === 0,
    `${notDmy.length} read otherwise, for example "${notDmy[0]}"`,
  );
  if (!isRjsf) {
    const foreign = questions.filter((q) => english(q).length > 0);
    check(
      `${renderer.name}: ${questions.length} delete questions in Vietnamese`,
      questions.length > 0 && foreign.length === 0,
      foreign.join("\n") || "no list had a delete button",
    );
  }
  await page.close();
}

/**
 * How Chromium is made to speak Vietnamese as a Vietnamese user's does. Its date inputs follow
 * the browser's own language, not `locale` (navigator.language, Accept-Language) nor the
 * page's `lang`: on Linux Chromium takes it from $LANGUAGE, and only when it has that
 * language's pack (`locales/vi.pak`, Debian's `chromium-l10n`, which .ci/run installs with
 * `chromium`); without it, it falls back to en-US (mm/dd/yyyy). (Blink's
 * LangAttributeAwareFormControlUI feature, which formats by the page's `lang`, does not reach
 * inputs made by script, as React makes them.) Without the pack the dates are not checked.
 */
function browserLanguage() {
  const real = fs.realpathSync(executablePath);
  const packs = [path.join(path.dirname(real), "locales"), "/usr/lib/chromium/locales"];
  const pack = packs.map((dir) => path.join(dir, "vi.pak")).find((file) => fs.existsSync(file));
  return pack
    ? { vietnamese: true, env: { LANGUAGE: "vi" }, note: `Chromium in Vietnamese (LANGUAGE=vi, ${pack})` }
    : {
        vietnamese: false,
        env: {},
        note: "SKIP dates: Chromium has no Vietnamese pack (Debian: apt-get install chromium-l10n), its date inputs read mm/dd/yyyy",
      };
}

async function main() {
  const kinds = fs
    .readdirSync(formsDir)
    .filter((f) => f.endsWith(".schema.json"))
    .map((f) => f.slice(0, -".schema.json".length))
    .filter((k) => !only || only.test(k))
    .sort();
  check(`schemas found in ${formsDir}`, kinds.length > 0);
  fs.mkdirSync(shotsDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "qcdc-forms-"));
  try {
    const scripts = await bundle(work);
    const language = browserLanguage();
    console.log(`# ${language.note}`);
    const context = await chromium.launchPersistentContext(path.join(work, "profile"), {
      executablePath,
      headless: true,
      // A Vietnamese user's browser (navigator.language, Accept-Language).
      locale: "vi-VN",
      env: { ...process.env, ...language.env },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      for (const renderer of RENDERERS) {
        if (process.env.FORMS_RENDERERS && !process.env.FORMS_RENDERERS.split(",").includes(renderer.name)) continue;
        await runRenderer(context, renderer, scripts[renderer.name], kinds, language.vietnamese);
      }
    } finally {
      await context.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
