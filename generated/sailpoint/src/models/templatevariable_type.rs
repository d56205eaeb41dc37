//! `TemplatevariableType`, from `apis/notifications/schemas/templatevariable.yaml#/properties/type`.

/// The data type for this variable. Use JSON Schema-like names for values (string, boolean, number, object, array)
/// or "function" for template utility/helper functions (e.g. __dateTool.format(), __esc.html()).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplatevariableType {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `number`
    Number,
    /// `object`
    Object,
    /// `array`
    Array,
    /// `function`
    Function,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplatevariableType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplatevariableType::String => "string",
            TemplatevariableType::Boolean => "boolean",
            TemplatevariableType::Number => "number",
            TemplatevariableType::Object => "object",
            TemplatevariableType::Array => "array",
            TemplatevariableType::Function => "function",
            TemplatevariableType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplatevariableType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => TemplatevariableType::String,
            "boolean" => TemplatevariableType::Boolean,
            "number" => TemplatevariableType::Number,
            "object" => TemplatevariableType::Object,
            "array" => TemplatevariableType::Array,
            "function" => TemplatevariableType::Function,
            other => TemplatevariableType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplatevariableType);
