//! `TransformDefinition`, from `beta/schemas/TransformDefinition.yaml`.

/// `TransformDefinition` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TransformDefinition {
    /// Transform definition type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Arbitrary key-value pairs to store any metadata for the object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformDefinition {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TransformDefinition {
            r#type: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
