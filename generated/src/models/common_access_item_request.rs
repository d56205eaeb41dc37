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
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessItemRequest {
            access: None,
            status: None,
        }
    }
}
