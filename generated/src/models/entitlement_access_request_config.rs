//! `EntitlementAccessRequestConfig`, from `beta/schemas/EntitlementAccessRequestConfig.yaml`.

use crate::models::{
    EntitlementAccessRequestConfigMaxPermittedAccessDuration, EntitlementApprovalScheme,
};

/// `EntitlementAccessRequestConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EntitlementAccessRequestConfig {
    /// Ordered list of approval steps for the access request. Empty when no approval is required.
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_schemes: Option<Vec<EntitlementApprovalScheme>>,
    /// If the requester must provide a comment during access request.
    #[serde(
        rename = "requestCommentRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub request_comment_required: Option<bool>,
    /// If the reviewer must provide a comment when denying the access request.
    #[serde(
        rename = "denialCommentRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub denial_comment_required: Option<bool>,
    /// Is Reauthorization Required
    #[serde(
        rename = "reauthorizationRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub reauthorization_required: Option<bool>,
    /// If true, then remove date or sunset date is required in access request of the entitlement.
    #[serde(
        rename = "requireEndDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub require_end_date: Option<bool>,
    /// The maximum duration for which the access is permitted.
    #[serde(
        rename = "maxPermittedAccessDuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_permitted_access_duration: Option<
        EntitlementAccessRequestConfigMaxPermittedAccessDuration,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementAccessRequestConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EntitlementAccessRequestConfig {
            approval_schemes: None,
            request_comment_required: None,
            denial_comment_required: None,
            reauthorization_required: None,
            require_end_date: None,
            max_permitted_access_duration: None,
            additional_properties: Default::default(),
        }
    }
}
