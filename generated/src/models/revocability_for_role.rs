//! `RevocabilityForRole`, from `v3/schemas/access/RevocabilityForRole.yaml`.

use crate::models::ApprovalSchemeForRole;

/// `RevocabilityForRole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RevocabilityForRole {
    /// Whether the requester of the containing object must provide comments justifying the request
    #[serde(
        rename = "commentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub comments_required: Option<bool>,
    /// Whether an approver must provide comments when denying the request
    #[serde(
        rename = "denialCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub denial_comments_required: Option<bool>,
    /// List describing the steps in approving the revocation request
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_schemes: Option<Vec<ApprovalSchemeForRole>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RevocabilityForRole {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RevocabilityForRole {
            comments_required: None,
            denial_comments_required: None,
            approval_schemes: None,
            additional_properties: Default::default(),
        }
    }
}
