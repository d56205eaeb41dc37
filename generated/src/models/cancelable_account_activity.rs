//! `CancelableAccountActivity`, from `beta/schemas/CancelableAccountActivity.yaml`.

use crate::models::{
    AccountActivityItem, Comment, CompletionStatus, ExecutionStatus, IdentitySummary,
};

/// `CancelableAccountActivity` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CancelableAccountActivity {
    /// ID of the account activity itself
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
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
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_status: Option<CompletionStatus>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    #[serde(
        rename = "requesterIdentitySummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_identity_summary: Option<IdentitySummary>,
    #[serde(
        rename = "targetIdentitySummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_identity_summary: Option<IdentitySummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<AccountActivityItem>>,
    #[serde(
        rename = "executionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_status: Option<ExecutionStatus>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    #[serde(rename = "clientMetadata", default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Whether the account activity can be canceled before completion
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub cancelable: Option<bool>,
    #[serde(rename = "cancelComment", default, skip_serializing_if = "Option::is_none")]
    pub cancel_comment: Option<Comment>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CancelableAccountActivity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CancelableAccountActivity {
            id: None,
            name: None,
            created: None,
            modified: None,
            completed: None,
            completion_status: None,
            r#type: None,
            requester_identity_summary: None,
            target_identity_summary: None,
            errors: None,
            warnings: None,
            items: None,
            execution_status: None,
            client_metadata: None,
            cancelable: None,
            cancel_comment: None,
            additional_properties: Default::default(),
        }
    }
}
