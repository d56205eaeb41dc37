//! `AttributeDto`, from `openapi.yaml#/components/schemas/AttributeDTO`.

/// An access model metadata attribute.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttributeDto {
    /// Technical name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// Display name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub multiselect: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

impl AttributeDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(key: impl Into<String>, name: impl Into<String>) -> Self {
        AttributeDto {
            key: key.into(),
            name: name.into(),
            multiselect: None,
            values: None,
        }
    }
}
