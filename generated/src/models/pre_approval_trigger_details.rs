//! `PreApprovalTriggerDetails`, from `v2024/schemas/PreApprovalTriggerDetails.yaml`.

use crate::models::PreApprovalTriggerDetailsDecision;

/// Provides additional details about the pre-approval trigger for this request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PreApprovalTriggerDetails {
    /// Comment left for the pre-approval decision
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// The reviewer of the pre-approval decision
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reviewer: Option<String>,
    /// The decision of the pre-approval trigger
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<PreApprovalTriggerDetailsDecision>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PreApprovalTriggerDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PreApprovalTriggerDetails {
            comment: None,
            reviewer: None,
            decision: None,
            additional_properties: Default::default(),
        }
    }
}
