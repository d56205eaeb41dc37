//! `Value`, from `beta/schemas/Value.yaml`.

/// `Value` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Value {
    /// The type of attribute value
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The attribute value
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
