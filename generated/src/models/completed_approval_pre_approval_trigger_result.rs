//! `CompletedApprovalPreApprovalTriggerResult`, from `beta/schemas/CompletedApproval.yaml#/properties/preApprovalTriggerResult`.

use crate::models::CompletedApprovalState;

/// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CompletedApprovalPreApprovalTriggerResult {
    /// The comment from the trigger
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// The approval decision of the trigger
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<CompletedApprovalState>,
    /// The name of the approver
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reviewer: Option<String>,
    /// The date and time the trigger decided on the request
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CompletedApprovalPreApprovalTriggerResult {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CompletedApprovalPreApprovalTriggerResult {
            comment: None,
            decision: None,
            reviewer: None,
            date: None,
            additional_properties: Default::default(),
        }
    }
}
