//! `ListHistoricalIdentities429Response`, from `beta/paths/historical-identities.yaml#/get`.

/// `ListHistoricalIdentities429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListHistoricalIdentities429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListHistoricalIdentities429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListHistoricalIdentities429Response {
            message: None,
        }
    }
}
