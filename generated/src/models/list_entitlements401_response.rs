//! `ListEntitlements401Response`, from `beta/paths/entitlements.yaml#/get`.
/// `ListEntitlements401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListEntitlements401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListEntitlements401Response {
    /// A `ListEntitlements401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListEntitlements401Response {
            error: None,
        }
    }
}
