//! `CommonAccessItemRequest`, from `beta/schemas/CommonAccessItemRequest.yaml`.
use crate::models::{CommonAccessItemAccess, CommonAccessItemState};
/// `CommonAccessItemRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommonAccessItemRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<CommonAccessItemAccess>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CommonAccessItemState>,
}
impl CommonAccessItemRequest {
    /// A `CommonAccessItemRequest` with the given required fields and the others empty.
    pub fn new() -> Self {
        CommonAccessItemRequest {
            access: None,
            status: None,
        }
    }
}
