//! `AttributeDto`, from `openapi.yaml#/components/schemas/AttributeDTO`.

/// An access model metadata attribute.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeDto {
    /// Technical name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// Display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(key: impl Into<String>, name: impl Into<String>) -> Self {
        AttributeDto {
            key: key.into(),
            name: name.into(),
            multiselect: None,
            values: None,
            additional_properties: Default::default(),
        }
    }
}
