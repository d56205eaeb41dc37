//! `Value`, from `schemas/Value.yaml`.

/// A value; its name `Value` clashes with `serde_json::Value`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Value {
    /// Value type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The value itself.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
}

impl Value {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Value { r#type: None, value: None }
    }
}
