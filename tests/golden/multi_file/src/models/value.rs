//! `Value`, from `schemas/Value.yaml`.

/// A value; its name `Value` clashes with `serde_json::Value`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Value {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Value {
            r#type: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
