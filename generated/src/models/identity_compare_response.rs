//! `IdentityCompareResponse`, from `beta/schemas/IdentityCompareResponse.yaml`.

/// `IdentityCompareResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityCompareResponse {
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    #[serde(rename = "accessItemDiff", default, skip_serializing_if = "Option::is_none")]
    pub access_item_diff: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCompareResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityCompareResponse {
            access_item_diff: None,
            additional_properties: Default::default(),
        }
    }
}
