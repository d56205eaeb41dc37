//! `StartIdentitiesInvite401Response`, from `beta/paths/identities-invite.yaml#/post`.
/// `StartIdentitiesInvite401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartIdentitiesInvite401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl StartIdentitiesInvite401Response {
    /// A `StartIdentitiesInvite401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        StartIdentitiesInvite401Response {
            error: None,
        }
    }
}
