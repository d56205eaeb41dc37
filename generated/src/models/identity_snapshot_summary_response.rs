//! `IdentitySnapshotSummaryResponse`, from `beta/schemas/IdentitySnapshotSummaryResponse.yaml`.

/// `IdentitySnapshotSummaryResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentitySnapshotSummaryResponse {
    /// the date when the identity record was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub snapshot: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentitySnapshotSummaryResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentitySnapshotSummaryResponse {
            snapshot: None,
            additional_properties: Default::default(),
        }
    }
}
