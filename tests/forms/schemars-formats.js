// The integer and date-time formats schemars writes in the Standard profile, for an Ajv in
// strict mode (which refuses unknown formats). The Forms profile has none of them: a strict Ajv
// without these definitions is what proves it. Shared by tests/forms/check.js and
// benches/compare/measure.js; it requires nothing, so each npm project loads it as is.

"use strict";

/** Adds the schemars formats to `ajv`. */
function addSchemarsFormats(ajv) {
  const int = (min, max) => ({
    type: "number",
    validate: (x) => Number.isInteger(x) && x >= min && x <= max,
  });
  const big = Number.MAX_SAFE_INTEGER;
  ajv.addFormat("int8", int(-128, 127));
  ajv.addFormat("int16", int(-32768, 32767));
  ajv.addFormat("int32", int(-2147483648, 2147483647));
  ajv.addFormat("int64", int(-big, big));
  ajv.addFormat("uint8", int(0, 255));
  ajv.addFormat("uint16", int(0, 65535));
  ajv.addFormat("uint32", int(0, 4294967295));
  ajv.addFormat("uint64", int(0, big));
  ajv.addFormat("uint", int(0, big));
  ajv.addFormat("int", int(-big, big));
  ajv.addFormat("float", { type: "number", validate: Number.isFinite });
  ajv.addFormat("double", { type: "number", validate: Number.isFinite });
  ajv.addFormat("partial-date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/);
  ajv.addFormat("partial-time", /^\d{2}:\d{2}:\d{2}(\.\d+)?$/);
}

module.exports = { addSchemarsFormats };
