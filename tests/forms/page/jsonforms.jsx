// The JSON Forms test page (vanilla renderers, their arrays from ../vi-renderers.jsx): the
// crate's UI schema and translations.
import { createRoot } from "react-dom/client";
import { JsonForms } from "@jsonforms/react";
import { vanillaCells } from "@jsonforms/vanilla-renderers";
import { viRenderers } from "../vi-renderers.jsx";
import { messageOf } from "./translate.js";

let root;

window.qcdcMount = ({ schema, uiSchema, formData, additionalErrors, vi }) =>
  new Promise((resolve) => {
    window.qcdcState = { data: formData, errors: [] };
    const translate = (key, defaultMessage, context) => {
      const error = context && context.error;
      if (error && /(^|\.)error\.[A-Za-z]+$/.test(key)) return messageOf(error, vi);
      const last = key.split(".").pop();
      return vi.translations[last] ?? vi.translations[key] ?? defaultMessage;
    };
    const container = document.getElementById("root");
    if (root) root.unmount();
    root = createRoot(container);
    root.render(
      <JsonForms
        schema={schema}
        uischema={uiSchema}
        data={formData}
        renderers={viRenderers}
        cells={vanillaCells}
        i18n={{ locale: "vi", translate }}
        additionalErrors={additionalErrors}
        validationMode="ValidateAndShow"
        onChange={({ data, errors }) => {
          window.qcdcState = { data, errors: errors.map((e) => `${e.instancePath} ${e.message}`) };
        }}
      />,
    );
    setTimeout(resolve, 50);
  });
