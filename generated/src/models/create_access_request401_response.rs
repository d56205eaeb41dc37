//! `CreateAccessRequest401Response`, from `v3/paths/access-requests.yaml#/post`.

/// `CreateAccessRequest401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAccessRequest401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreateAccessRequest401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateAccessRequest401Response {
            error: None,
        }
    }
}
