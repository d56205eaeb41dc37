//! `AccountActivityItem`, from `v3/schemas/AccountActivityItem.yaml`.

use crate::models::{
    AccountActivityApprovalStatus, AccountActivityItemOperation, AccountRequestInfo,
    Comment, IdentitySummary, ProvisioningState,
};

/// `AccountActivityItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountActivityItem {
    /// Item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Date and time item was requested
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub requested: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "approvalStatus", default, skip_serializing_if = "Option::is_none")]
    pub approval_status: Option<AccountActivityApprovalStatus>,
    #[serde(
        rename = "provisioningStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_status: Option<ProvisioningState>,
    #[serde(
        rename = "requesterComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_comment: Option<Comment>,
    #[serde(
        rename = "reviewerIdentitySummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reviewer_identity_summary: Option<IdentitySummary>,
    #[serde(
        rename = "reviewerComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reviewer_comment: Option<Comment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<AccountActivityItemOperation>,
    /// Attribute to which account activity applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    /// Value of attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// Native identity in the target system to which the account activity applies
    #[serde(
        rename = "nativeIdentity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_identity: Option<String>,
    /// Id of Source to which account activity applies
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    #[serde(
        rename = "accountRequestInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_request_info: Option<AccountRequestInfo>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request item
    #[serde(rename = "clientMetadata", default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
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

impl AccountActivityItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountActivityItem {
            id: None,
            name: None,
            requested: None,
            approval_status: None,
            provisioning_status: None,
            requester_comment: None,
            reviewer_identity_summary: None,
            reviewer_comment: None,
            operation: None,
            attribute: None,
            value: None,
            native_identity: None,
            source_id: None,
            account_request_info: None,
            client_metadata: None,
            remove_date: None,
            additional_properties: Default::default(),
        }
    }
}
