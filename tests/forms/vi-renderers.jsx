// Array renderers for JSON Forms' vanilla set whose every word goes through `i18n.translate`.
//
// @jsonforms/vanilla-renderers 3.8 (the newest release) writes a few English words as literals
// that no translation reaches: "Add to <list>" on the button of a list of nested objects and
// its "Are you sure you wish to delete this item?" dialog; in the table of a list of flat
// items, the "Items" and "Valid" headers and Ajv's untranslated messages joined by " and ".
// These two renderers are the vanilla ones with those words taken from the translation,
// ranked one above the vanilla ones so that they replace them. Everything else (the look, the
// CSS classes, the up/down/delete buttons) is the vanilla renderers'.
//
// Use, with the crate's `vi.jsonforms.json` (README, Forms section):
//
//   import { viRenderers } from "./vi-renderers.jsx";
//   <JsonForms renderers={viRenderers} cells={vanillaCells} i18n={{ locale: "vi", translate }} … />
//
// The words they ask the translation for, beyond JSON Forms' own array keys (`addTooltip`,
// `removeTooltip`, `deleteDialogMessage`, `noDataMessage`, `up`, `down`…), are
// `<prefix>.itemsColumn` (the header of the column of a list of plain values) and
// `<prefix>.errorsColumn` (the header of the column of a row's errors); `<prefix>` is the
// control's i18n key, as for JSON Forms' keys. Copy this file into a project as it is
// (MIT, after the vanilla renderers by EclipseSource, MIT).
import { useMemo } from "react";
import {
  composePaths,
  createDefaultValue,
  defaultErrorTranslator,
  encode,
  findUISchema,
  getControlPath,
  Helpers,
  isObjectArrayControl,
  isObjectArrayWithNesting,
  isPrimitiveArrayControl,
  or,
  rankWith,
  Resolve,
} from "@jsonforms/core";
import {
  DispatchCell,
  JsonFormsDispatch,
  useJsonForms,
  withArrayTranslationProps,
  withJsonFormsArrayControlProps,
  withTranslateProps,
} from "@jsonforms/react";
import { vanillaRenderers, withVanillaControlProps } from "@jsonforms/vanilla-renderers";

/** The control's own translation key: `<prefix>.<key>`, as JSON Forms builds its array keys. */
const keyOf = (prefix, key) => (prefix ? `${prefix}.${key}` : key);

/**
 * A row's errors as one text, each translated as JSON Forms translates a control's (the vanilla
 * table shows Ajv's English messages joined by " and "). A choice list's failed branches are
 * left out when its `oneOf` error is there (that one says "choose from the list"), and each
 * message is shown once.
 */
function rowMessage(errors, translateError, t, uischema) {
  const choices = errors.filter((e) => e.keyword === "oneOf").map((e) => `${e.schemaPath}/`);
  const shown = errors.filter((e) => !choices.some((prefix) => e.schemaPath.startsWith(prefix)));
  return [...new Set(shown.map((e) => translateError(e, t, uischema)))].join("; ");
}

/** A list of nested objects: each item in its detail layout, with up, down and delete. */
function ArrayControl(props) {
  const { schema, uischema, uischemas, rootSchema, path, data, errors, enabled, renderers } = props;
  const { addItem, removeItems, moveUp, moveDown, getStyleAsClassName, translations } = props;
  const childUiSchema = useMemo(
    () => findUISchema(uischemas, schema, uischema.scope, path, undefined, uischema, rootSchema),
    [uischemas, schema, uischema, path, rootSchema],
  );
  const description = Helpers.createLabelDescriptionFrom(uischema, schema);
  const label = description.show ? description.text : "";
  const validation = [getStyleAsClassName("array.control.validation")]
    .concat(errors.length === 0 ? "" : getStyleAsClassName("array.control.validation.error"))
    .join(" ");
  return (
    <div className={`${getStyleAsClassName("array.control")} ${Helpers.convertToValidClassName(uischema.scope)}`}>
      <header>
        <label className={getStyleAsClassName("array.control.label")}>{label}</label>
        <button
          type="button"
          className={getStyleAsClassName("array.control.add")}
          disabled={!enabled}
          aria-label={translations.addAriaLabel}
          onClick={addItem(path, createDefaultValue(schema, rootSchema))}
        >
          {translations.addTooltip}
        </button>
      </header>
      <div className={validation}>{errors}</div>
      <div className={getStyleAsClassName("array.children")}>
        {data ? (
          Array.from({ length: data.length }, (_, index) => {
            const childPath = composePaths(path, `${index}`);
            const button = (name, text, ariaLabel, onClick) => (
              <button
                type="button"
                className={getStyleAsClassName(`array.child.controls.${name}`)}
                disabled={!enabled}
                aria-label={ariaLabel}
                onClick={onClick}
              >
                {text}
              </button>
            );
            return (
              <div key={index}>
                <JsonFormsDispatch schema={schema} uischema={childUiSchema || uischema} path={childPath} renderers={renderers} />
                <div className={getStyleAsClassName("array.child.controls")}>
                  {button("up", translations.up, translations.upAriaLabel, () => moveUp(path, index)())}
                  {button("down", translations.down, translations.downAriaLabel, () => moveDown(path, index)())}
                  {button("delete", translations.removeTooltip, translations.removeAriaLabel, () => {
                    if (window.confirm(translations.deleteDialogMessage)) removeItems(path, [index])();
                  })}
                </div>
              </div>
            );
          })
        ) : (
          <p>{translations.noDataMessage}</p>
        )}
      </div>
    </div>
  );
}

/** A list of plain values or of flat objects: a table, one row an item, its errors beside it. */
function TableArrayControl(props) {
  const { schema, uischema, rootSchema, path, data, errors, childErrors, label, visible, enabled } = props;
  const { addItem, removeItems, getStyleAsClassName, translations, t, i18nKeyPrefix } = props;
  const translateError = useJsonForms().i18n?.translateError ?? defaultErrorTranslator;
  // The columns: the item's members that are not lists, or the item itself.
  const columns = schema.properties
    ? Object.keys(schema.properties).filter((key) => schema.properties[key].type !== "array")
    : null;
  const cellUiSchema = (key) => ({ type: "Control", label: false, scope: key === undefined ? "#" : `#/properties/${key}` });
  const validation = [getStyleAsClassName("array.table.validation")]
    .concat(errors.length === 0 ? "" : getStyleAsClassName("array.table.validation.error"))
    .join(" ");
  const rows = Array.isArray(data) ? data : [];
  return (
    <div className={`${getStyleAsClassName("array.table")} ${Helpers.convertToValidClassName(uischema.scope)}`} hidden={!visible}>
      <header>
        <label className={getStyleAsClassName("array.table.label")}>{label}</label>
        <button
          type="button"
          disabled={!enabled}
          className={getStyleAsClassName("array.table.button")}
          aria-label={translations.addAriaLabel}
          onClick={addItem(path, createDefaultValue(schema, rootSchema))}
        >
          {translations.addTooltip}
        </button>
      </header>
      <div className={validation}>{errors}</div>
      <table className={getStyleAsClassName("array.table.table")}>
        <thead>
          <tr>
            {columns ? (
              columns.map((key) => <th key={key}>{schema.properties[key].title ?? key}</th>)
            ) : (
              <th>{t(keyOf(i18nKeyPrefix, "itemsColumn"), "Items")}</th>
            )}
            <th>{t(keyOf(i18nKeyPrefix, "errorsColumn"), "Errors")}</th>
            <th>&nbsp;</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td>{translations.noDataMessage}</td>
            </tr>
          ) : (
            rows.map((_, index) => {
              const childPath = composePaths(path, `${index}`);
              const rowErrors = (childErrors || []).filter((e) => getControlPath(e).startsWith(childPath));
              const errorClass = [getStyleAsClassName("array.validation")]
                .concat(rowErrors.length ? getStyleAsClassName("array.validation.error") : [])
                .join(" ");
              return (
                <tr key={childPath}>
                  {columns ? (
                    columns.map((key) => (
                      <td key={key}>
                        <DispatchCell
                          schema={Resolve.schema(schema, `#/properties/${encode(key)}`, rootSchema)}
                          uischema={cellUiSchema(encode(key))}
                          path={composePaths(childPath, key)}
                        />
                      </td>
                    ))
                  ) : (
                    <td>
                      <DispatchCell schema={schema} uischema={cellUiSchema()} path={childPath} />
                    </td>
                  )}
                  <td>
                    <span className={errorClass}>{rowMessage(rowErrors, translateError, t, uischema)}</span>
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={!enabled}
                      aria-label={translations.removeAriaLabel}
                      onClick={() => {
                        if (window.confirm(translations.deleteDialogMessage)) removeItems(path, [index])();
                      }}
                    >
                      {translations.removeTooltip}
                    </button>
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

const translated = (component) =>
  withVanillaControlProps(withJsonFormsArrayControlProps(withTranslateProps(withArrayTranslationProps(component))));

/** The two renderers, each ranked one above the vanilla renderer it replaces (4 and 3). */
export const viArrayRenderers = [
  { tester: rankWith(5, isObjectArrayWithNesting), renderer: translated(ArrayControl) },
  { tester: rankWith(4, or(isObjectArrayControl, isPrimitiveArrayControl)), renderer: translated(TableArrayControl) },
];

/** The vanilla renderers with the translated arrays: pass as `<JsonForms renderers>`. */
export const viRenderers = [...vanillaRenderers, ...viArrayRenderers];
