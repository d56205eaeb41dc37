//! `ApprovalStatusDto`, from `v2024/schemas/ApprovalStatusDto.yaml`.

use crate::models::{
    AccessItemReviewedBy, ApprovalScheme, ApprovalStatusDtoOriginalOwner,
    ErrorMessageDto, ManualWorkItemState,
};

/// `ApprovalStatusDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApprovalStatusDto {
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub forwarded: Option<bool>,
    /// Identity of orginal approval owner.
    #[serde(rename = "originalOwner", default, skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<ApprovalStatusDtoOriginalOwner>,
    #[serde(rename = "currentOwner", default, skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<AccessItemReviewedBy>,
    /// Time at which item was modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManualWorkItemState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<ApprovalScheme>,
    /// If the request failed, includes any error messages that were generated.
    #[serde(rename = "errorMessages", default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<ErrorMessageDto>>,
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

impl ApprovalStatusDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApprovalStatusDto {
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
