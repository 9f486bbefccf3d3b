//! The renderers' own words in Vietnamese: react-jsonschema-form's `translateString` strings,
//! JSON Forms' array and dialog texts, and Ajv's validation messages for both.

use serde_json::{Value, json};

/// **Bản dịch cho react-jsonschema-form** — the Vietnamese of rjsf's interface texts and of
/// the validator's messages, as one JSON object:
/// - `strings`: rjsf's `TranslatableString` texts (the English text, with its `%1`, `%2`
///   markers, → the Vietnamese); give it to `<Form translateString>`;
/// - `messages`: Ajv keyword → Vietnamese message, with `{param}` markers for the error's
///   `params` (`{limit}`, `{missingProperty}`, `{format}`…), for a localizer passed to
///   `customizeValidator({}, localizer)` of `@rjsf/validator-ajv8`;
/// - `types` and `formats`: the Vietnamese names that fill `{type}` and `{format}`.
///
/// Written as `vi.rjsf.json` by the `schemas` example; the README's Forms section shows the
/// few lines that use it.
///
/// # Example
/// ```
/// use qcdc::schema::rjsf_translations_vi;
///
/// let vi = rjsf_translations_vi();
/// assert_eq!(vi["strings"]["Add"], "Thêm");
/// assert_eq!(vi["messages"]["maxLength"], "Không được dài quá {limit} ký tự.");
/// ```
pub fn rjsf_translations_vi() -> Value {
    json!({
        "locale": "vi",
        "strings": {
            "Item": "Mục",
            "Missing items definition": "Thiếu định nghĩa các mục",
            "No items yet. Use the button below to add some.": "Chưa có mục nào. Bấm nút bên dưới để thêm.",
            "Yes": "Có",
            "No": "Không",
            "Close": "Đóng",
            "Errors": "Lỗi",
            "New Value": "Giá trị mới",
            "Add": "Thêm",
            "Add Item": "Thêm mục",
            "Copy": "Sao chép",
            "Expand Cycle": "Mở rộng",
            "Move down": "Chuyển xuống",
            "Move up": "Chuyển lên",
            "Remove": "Xóa",
            "Now": "Bây giờ",
            "Clear": "Xóa nội dung",
            "Select a date": "Chọn ngày",
            "Preview": "Xem trước",
            "Decrease value by 1": "Giảm 1",
            "Increase value by 1": "Tăng 1",
            "Add data for optional field": "Nhập mục không bắt buộc này",
            "Remove data for optional field": "Bỏ mục không bắt buộc này",
            "No data for optional field": "Chưa nhập mục không bắt buộc này",
            "Type": "Kiểu",
            "Value": "Giá trị",
            "clear input": "xóa nội dung",
            "Unknown field type %1": "Không rõ kiểu trường %1",
            "Option %1": "Phương án %1",
            "%1 option %2": "%1 – phương án %2",
            "%1 Key": "Khóa %1",
            "%1 (deprecated)": "%1 (không còn dùng)",
            "Unsupported field schema.": "Lược đồ trường không được hỗ trợ.",
            "Unsupported field schema for field `%1`.": "Lược đồ của trường `%1` không được hỗ trợ.",
            "Unsupported field schema: _%1_.": "Lược đồ trường không được hỗ trợ: _%1_.",
            "Unsupported field schema for field `%1`: _%2_.": "Lược đồ của trường `%1` không được hỗ trợ: _%2_.",
            "Invalid \"%1\" object field configuration: _%2_.": "Cấu hình trường \"%1\" không hợp lệ: _%2_.",
            "**%1** (%2, %3 bytes)": "**%1** (%2, %3 byte)",
            "Submit": "Gửi",
        },
        "messages": messages("Bắt buộc nhập {missingProperty}."),
        "types": types(),
        "formats": formats(),
    })
}

/// **Bản dịch cho JSON Forms** — the Vietnamese of JSON Forms' texts, as one JSON object:
/// - `translations`: the last part of a JSON Forms i18n key (`addTooltip`, `noDataMessage`,
///   `deleteDialogTitle`, `none` of `enum.none`…) → the Vietnamese, and the two column headers
///   (`itemsColumn`, `errorsColumn`) of the array renderers in `tests/forms/vi-renderers.jsx`,
///   which replace the vanilla ones whose words no key reaches;
/// - `messages`: Ajv keyword → Vietnamese message (as for rjsf), for the keys
///   `error.<keyword>`;
/// - `types` and `formats`: the names that fill `{type}` and `{format}`.
///
/// A `translate(key, defaultMessage, context)` for `<JsonForms i18n>` looks the key up here
/// (see the README's Forms section). Written as `vi.jsonforms.json` by the `schemas` example.
///
/// # Example
/// ```
/// use qcdc::schema::jsonforms_translations_vi;
///
/// let vi = jsonforms_translations_vi();
/// assert_eq!(vi["translations"]["noDataMessage"], "Chưa có mục nào");
/// assert_eq!(vi["messages"]["required"], "Bắt buộc nhập.");
/// ```
pub fn jsonforms_translations_vi() -> Value {
    json!({
        "locale": "vi",
        "translations": {
            "addTooltip": "Thêm",
            "addAriaLabel": "Nút thêm",
            "removeTooltip": "Xóa",
            "removeAriaLabel": "Nút xóa",
            "upAriaLabel": "Chuyển mục lên",
            "up": "Lên",
            "downAriaLabel": "Chuyển mục xuống",
            "down": "Xuống",
            "noDataMessage": "Chưa có mục nào",
            "noSelection": "Chưa chọn",
            "none": "— Chưa chọn —",
            "deleteDialogTitle": "Xác nhận xóa",
            "deleteDialogMessage": "Bạn có chắc muốn xóa mục đã chọn?",
            "deleteDialogAccept": "Có",
            "deleteDialogDecline": "Không",
            "clearDialogTitle": "Xóa dữ liệu",
            "clearDialogMessage": "Bạn có muốn xóa dữ liệu đã nhập?",
            "clearDialogAccept": "Có",
            "clearDialogDecline": "Không",
            "is a required property": "Bắt buộc nhập.",
            // The two headers of the table of a list (tests/forms/vi-renderers.jsx).
            "itemsColumn": "Mục",
            "errorsColumn": "Lỗi",
        },
        "messages": messages("Bắt buộc nhập."),
        "types": types(),
        "formats": formats(),
    })
}

/// Ajv keyword → Vietnamese message; `required` differs between the renderers (rjsf shows
/// the member's name, which its validator passes quoted and replaces by the field's title;
/// JSON Forms puts the message under the member itself).
fn messages(required: &str) -> Value {
    json!({
        "required": required,
        "type": "Phải là {type}.",
        "format": "Không đúng định dạng {format}.",
        "minLength": "Phải có ít nhất {limit} ký tự.",
        "maxLength": "Không được dài quá {limit} ký tự.",
        "minimum": "Không được nhỏ hơn {limit}.",
        "maximum": "Không được lớn hơn {limit}.",
        "exclusiveMinimum": "Phải lớn hơn {limit}.",
        "exclusiveMaximum": "Phải nhỏ hơn {limit}.",
        "minItems": "Phải có ít nhất {limit} mục.",
        "maxItems": "Không được quá {limit} mục.",
        "uniqueItems": "Các mục không được trùng nhau.",
        "pattern": "Không đúng dạng quy định.",
        "const": "Giá trị không hợp lệ.",
        "enum": "Phải chọn một giá trị trong danh sách.",
        "oneOf": "Phải chọn một giá trị trong danh sách.",
        "anyOf": "Không đúng dạng nào được chấp nhận.",
        "not": "Không được nhập mục này trong trường hợp đã chọn.",
        "if": "Chưa đúng với lựa chọn đã chọn.",
        "additionalProperties": "Có mục không thuộc biểu mẫu.",
        "propertyNames": "Có mục không thuộc biểu mẫu.",
        "false schema": "Không được nhập mục này.",
    })
}

/// JSON Schema type → Vietnamese.
fn types() -> Value {
    json!({
        "string": "văn bản",
        "integer": "số nguyên",
        "number": "số",
        "boolean": "đúng hoặc sai",
        "array": "danh sách",
        "object": "nhóm thông tin",
        "null": "trống",
    })
}

/// Format → Vietnamese.
fn formats() -> Value {
    json!({
        "date": "ngày (năm-tháng-ngày, ví dụ 2025-07-01)",
        "date-time": "ngày giờ",
        "email": "thư điện tử",
        "uri": "địa chỉ web",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonforms_table_names_every_word_of_the_array_renderers() {
        // JSON Forms' own array keys and the two headers of tests/forms/vi-renderers.jsx.
        let vi = jsonforms_translations_vi();
        for key in [
            "addTooltip",
            "removeTooltip",
            "removeAriaLabel",
            "up",
            "down",
            "noDataMessage",
            "deleteDialogMessage",
            "itemsColumn",
            "errorsColumn",
        ] {
            let text = vi["translations"][key].as_str().unwrap_or_default();
            assert!(!text.is_empty() && !text.is_ascii(), "{key}: {text:?}");
        }
    }

    #[test]
    fn both_tables_name_the_same_keywords() {
        let rjsf = rjsf_translations_vi();
        let jsonforms = jsonforms_translations_vi();
        let keys = |v: &Value| -> Vec<String> {
            v["messages"].as_object().unwrap().keys().cloned().collect()
        };
        assert_eq!(keys(&rjsf), keys(&jsonforms));
        for keyword in [
            "required",
            "type",
            "format",
            "minLength",
            "maxLength",
            "minItems",
        ] {
            assert!(rjsf["messages"][keyword].is_string(), "{keyword}");
        }
        // Every marker names a parameter Ajv gives for that keyword.
        let markers = [("required", "{missingProperty}"), ("maxLength", "{limit}")];
        for (keyword, marker) in markers {
            assert!(rjsf["messages"][keyword].as_str().unwrap().contains(marker));
        }
    }
}
