//! `GetSedBatches401Response`, from `beta/paths/suggested-entitlement-description-batches.yaml#/get`.

/// `GetSedBatches401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSedBatches401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSedBatches401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSedBatches401Response {
            error: None,
        }
    }
}
