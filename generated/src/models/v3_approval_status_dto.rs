//! `V3ApprovalStatusDto`, from `v3/schemas/ApprovalStatusDto.yaml`.

use crate::models::{
    V3AccessItemReviewedBy, V3ApprovalScheme, V3ApprovalStatusDtoOriginalOwner,
    V3ErrorMessageDto, V3ManualWorkItemState,
};

/// `V3ApprovalStatusDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3ApprovalStatusDto {
    /// Unique identifier for the approval.
    #[serde(
        rename = "approvalId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approval_id: Option<String>,
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub forwarded: Option<bool>,
    /// Identity of orginal approval owner.
    #[serde(rename = "originalOwner", default, skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<V3ApprovalStatusDtoOriginalOwner>,
    #[serde(rename = "currentOwner", default, skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<V3AccessItemReviewedBy>,
    /// Time at which item was modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<V3ManualWorkItemState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<V3ApprovalScheme>,
    /// If the request failed, includes any error messages that were generated.
    #[serde(rename = "errorMessages", default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<V3ErrorMessageDto>>,
    /// Comment, if any, provided by the approver.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3ApprovalStatusDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3ApprovalStatusDto {
            approval_id: None,
            forwarded: None,
            original_owner: None,
            current_owner: None,
            modified: None,
            status: None,
            scheme: None,
            error_messages: None,
            comment: None,
            remove_date: None,
            additional_properties: Default::default(),
        }
    }
}
