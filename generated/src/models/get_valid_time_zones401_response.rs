//! `GetValidTimeZones401Response`, from `beta/paths/org-config-valid-time-zones.yaml#/get`.

/// `GetValidTimeZones401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetValidTimeZones401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetValidTimeZones401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetValidTimeZones401Response {
            error: None,
        }
    }
}
