//! `AccessProfileDetails`, from `beta/schemas/app/AccessProfileDetails.yaml`.

use crate::models::AccessProfileDetailsAccountSelector;

/// `AccessProfileDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileDetails {
    /// The ID of the Access Profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the Access Profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Information about the Access Profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Date the Access Profile was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Access Profile was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether the Access Profile is enabled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub disabled: Option<bool>,
    /// Whether the Access Profile is requestable via access request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub requestable: Option<bool>,
    /// Whether the Access Profile is protected.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub protected: Option<bool>,
    /// The owner ID of the Access Profile
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// The source ID of the Access Profile
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<i64>,
    /// The source name of the Access Profile
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// The source app ID of the Access Profile
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<i64>,
    /// The source app name of the Access Profile
    #[serde(
        rename = "appName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub app_name: Option<String>,
    /// The id of the application
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_id: Option<String>,
    /// The type of the access profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// List of IDs of entitlements
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<String>>,
    /// The number of entitlements in the access profile
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
    /// List of IDs of segments, if any, to which this Access Profile is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Comma-separated list of approval schemes. Each approval scheme is one of -
    /// manager - appOwner - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approval_schemes: Option<String>,
    /// Comma-separated list of revoke request approval schemes. Each approval
    /// scheme is one of - manager - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    #[serde(
        rename = "revokeRequestApprovalSchemes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub revoke_request_approval_schemes: Option<String>,
    /// Whether the access profile require request comment for access request.
    #[serde(
        rename = "requestCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub request_comments_required: Option<bool>,
    /// Whether denied comment is required when access request is denied.
    #[serde(
        rename = "deniedCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub denied_comments_required: Option<bool>,
    /// How to select account when there are multiple accounts for the user
    #[serde(
        rename = "accountSelector",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_selector: Option<AccessProfileDetailsAccountSelector>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileDetails {
            id: None,
            name: None,
            description: None,
            created: None,
            modified: None,
            disabled: None,
            requestable: None,
            protected: None,
            owner_id: None,
            source_id: None,
            source_name: None,
            app_id: None,
            app_name: None,
            application_id: None,
            r#type: None,
            entitlements: None,
            entitlement_count: None,
            segments: None,
            approval_schemes: None,
            revoke_request_approval_schemes: None,
            request_comments_required: None,
            denied_comments_required: None,
            account_selector: None,
            additional_properties: Default::default(),
        }
    }
}
