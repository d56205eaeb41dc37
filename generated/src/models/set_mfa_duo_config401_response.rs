//! `SetMfaDuoConfig401Response`, from `v3/paths/mfa-duo-config.yaml#/put`.
/// `SetMfaDuoConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetMfaDuoConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl SetMfaDuoConfig401Response {
    /// A `SetMfaDuoConfig401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SetMfaDuoConfig401Response {
            error: None,
        }
    }
}
