//! `RequestabilityForRole`, from `v3/schemas/access/RequestabilityForRole.yaml`.

use crate::models::{AccessDuration, ApprovalSchemeForRole};

/// `RequestabilityForRole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestabilityForRole {
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
    /// Indicates whether reauthorization is required for the request.
    #[serde(
        rename = "reauthorizationRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub reauthorization_required: Option<bool>,
    /// Indicates whether the requester of the containing object must provide access end date.
    #[serde(
        rename = "requireEndDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub require_end_date: Option<bool>,
    #[serde(
        rename = "maxPermittedAccessDuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_permitted_access_duration: Option<AccessDuration>,
    /// List describing the steps in approving the request
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_schemes: Option<Vec<ApprovalSchemeForRole>>,
    /// The ID of the form definition used for the access request. If specified, the form is presented to the requester during the access request process.
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestabilityForRole {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestabilityForRole {
            comments_required: None,
            denial_comments_required: None,
            reauthorization_required: None,
            require_end_date: None,
            max_permitted_access_duration: None,
            approval_schemes: None,
            form_definition_id: None,
            additional_properties: Default::default(),
        }
    }
}
