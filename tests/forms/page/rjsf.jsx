// The react-jsonschema-form test page: what the README's Forms section shows, and nothing more.
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { replaceStringParameters } from "@rjsf/utils";
import { messageOf } from "./translate.js";

let root;

window.qcdcMount = ({ schema, uiSchema, formData, extraErrors, vi }) =>
  new Promise((resolve) => {
    const validator = customizeValidator({}, (errors) => {
      for (const error of errors || []) error.message = messageOf(error, vi) ?? error.message;
    });
    const translateString = (text, params) => replaceStringParameters(vi.strings[text] ?? text, params);
    window.qcdcSubmitted = [];
    const container = document.getElementById("root");
    if (root) root.unmount();
    root = createRoot(container);
    root.render(
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={validator}
        extraErrors={extraErrors}
        translateString={translateString}
        // By default rjsf takes the first `const` of a `oneOf` of choices as a value (a vote
        // result the user never chose), and fills an optional object with the `{}` of its
        // required objects, which then fails their required fields.
        experimental_defaultFormStateBehavior={{ constAsDefaults: "skipOneOf", emptyObjectFields: "skipEmptyDefaults" }}
        // The browser's own checks stop at the first empty field, in the browser's language:
        // the validator's Vietnamese messages show every problem at its field.
        noHtml5Validate
        onSubmit={({ formData }) => window.qcdcSubmitted.push({ ok: true, data: formData })}
        onError={(errors) => window.qcdcSubmitted.push({ ok: false, errors: errors.map((e) => e.stack) })}
      />,
    );
    setTimeout(resolve, 50);
  });
