//! `ManualWorkItemDetails`, from `v2024/schemas/ManualWorkItemDetails.yaml`.

use crate::models::{
    ApprovalForwardHistory, ManualWorkItemDetailsCurrentOwner,
    ManualWorkItemDetailsOriginalOwner, ManualWorkItemState,
};

/// `ManualWorkItemDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManualWorkItemDetails {
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub forwarded: Option<bool>,
    /// Identity of original work item owner, if the work item has been forwarded.
    #[serde(rename = "originalOwner", default, skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<ManualWorkItemDetailsOriginalOwner>,
    /// Identity of current work item owner.
    #[serde(rename = "currentOwner", default, skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<ManualWorkItemDetailsCurrentOwner>,
    /// Time at which item was modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManualWorkItemState>,
    /// The history of approval forward action.
    #[serde(rename = "forwardHistory", default, skip_serializing_if = "Option::is_none")]
    pub forward_history: Option<Vec<ApprovalForwardHistory>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManualWorkItemDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManualWorkItemDetails {
            forwarded: None,
            original_owner: None,
            current_owner: None,
            modified: None,
            status: None,
            forward_history: None,
            additional_properties: Default::default(),
        }
    }
}
