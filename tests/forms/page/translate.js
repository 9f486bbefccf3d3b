// The crate's Vietnamese tables (vi.rjsf.json, vi.jsonforms.json) applied as the README's
// Forms section shows: an Ajv error's message from its keyword, its `{param}` markers filled
// (type and format names in Vietnamese).
export function fill(text, params, table) {
  return text.replace(/\{(\w+)\}/g, (_, k) => table.types[params[k]] ?? table.formats[params[k]] ?? params[k] ?? "");
}

/** The Vietnamese message of an Ajv error, or undefined when the table has none. */
export function messageOf(error, table) {
  const template = table.messages[error.keyword];
  return template === undefined ? undefined : fill(template, error.params || {}, table);
}
