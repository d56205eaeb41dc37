//! `SedPatch`, from `beta/schemas/SedPatch.yaml`.

/// Patch for Suggested Entitlement Description
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SedPatch {
    /// desired operation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub op: Option<String>,
    /// field to be patched
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub path: Option<String>,
    /// value to replace with
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedPatch {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedPatch {
            op: None,
            path: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
