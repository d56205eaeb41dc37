//! `ListAccessProfilesForSourceApp429Response`, from `beta/paths/ears-source-app-access-profiles.yaml#/get`.

/// `ListAccessProfilesForSourceApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAccessProfilesForSourceApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAccessProfilesForSourceApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAccessProfilesForSourceApp429Response {
            message: None,
        }
    }
}
