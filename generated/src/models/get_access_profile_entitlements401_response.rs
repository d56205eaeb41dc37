//! `GetAccessProfileEntitlements401Response`, from `beta/paths/access-profile-entitlements.yaml#/get`.
/// `GetAccessProfileEntitlements401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccessProfileEntitlements401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetAccessProfileEntitlements401Response {
    /// A `GetAccessProfileEntitlements401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetAccessProfileEntitlements401Response {
            error: None,
        }
    }
}
