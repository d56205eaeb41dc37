//! `QueryPasswordInfo429Response`, from `beta/paths/query-password-info.yaml#/post`.

/// `QueryPasswordInfo429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryPasswordInfo429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl QueryPasswordInfo429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        QueryPasswordInfo429Response {
            message: None,
        }
    }
}
