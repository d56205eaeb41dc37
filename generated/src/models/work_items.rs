//! `WorkItems`, from `beta/schemas/WorkItems.yaml`.

use crate::models::{ApprovalItems, Form, RemediationItems, WorkItemState, WorkItemType};

/// `WorkItems` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkItems {
    /// ID of the work item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// ID of the requester
    #[serde(
        rename = "requesterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requester_id: Option<String>,
    /// The displayname of the requester
    #[serde(
        rename = "requesterDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requester_display_name: Option<String>,
    /// The ID of the owner
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// The name of the owner
    #[serde(
        rename = "ownerName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The description of the work item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<WorkItemState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkItemType>,
    #[serde(
        rename = "remediationItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remediation_items: Option<Vec<RemediationItems>>,
    #[serde(rename = "approvalItems", default, skip_serializing_if = "Option::is_none")]
    pub approval_items: Option<Vec<ApprovalItems>>,
    /// The work item name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of items in the work item
    #[serde(rename = "numItems", default, skip_serializing_if = "Option::is_none")]
    pub num_items: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkItems {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkItems {
            id: None,
            requester_id: None,
            requester_display_name: None,
            owner_id: None,
            owner_name: None,
            created: None,
            modified: None,
            description: None,
            state: None,
            r#type: None,
            remediation_items: None,
            approval_items: None,
            name: None,
            completed: None,
            num_items: None,
            errors: None,
            form: None,
            additional_properties: Default::default(),
        }
    }
}
