//! `Selector`, from `schemas/selector.yaml`.

/// The lower-case `selector.yaml`; collides by case with `v3/schemas/Selector.yaml`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Selector {
    /// Application id.
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_id: Option<String>,
    /// Attribute name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Selector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Selector {
            application_id: None,
            attribute: None,
            additional_properties: Default::default(),
        }
    }
}
