//! `GetValidTimeZones429Response`, from `beta/paths/org-config-valid-time-zones.yaml#/get`.
/// `GetValidTimeZones429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetValidTimeZones429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetValidTimeZones429Response {
    /// A `GetValidTimeZones429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetValidTimeZones429Response {
            message: None,
        }
    }
}
