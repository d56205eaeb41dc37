//! `DeleteAccessProfilesFromSourceAppByBulk401Response`, from `beta/paths/ears-source-app-access-profiles-bulk-remove.yaml#/post`.

/// `DeleteAccessProfilesFromSourceAppByBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccessProfilesFromSourceAppByBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteAccessProfilesFromSourceAppByBulk401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccessProfilesFromSourceAppByBulk401Response {
            error: None,
        }
    }
}
