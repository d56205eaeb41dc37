//! `NonEmployeeApprovalItemDetail`, from `beta/schemas/NonEmployeeApprovalItemDetail.yaml`.

use crate::models::{
    ApprovalStatus, IdentityReferenceWithId, NonEmployeeRequestWithoutApprovalItem,
};

/// `NonEmployeeApprovalItemDetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeApprovalItemDetail {
    /// Non-Employee approval item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Reference to the associated Identity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<IdentityReferenceWithId>,
    /// Requested identity account name
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_name: Option<String>,
    #[serde(rename = "approvalStatus", default, skip_serializing_if = "Option::is_none")]
    pub approval_status: Option<ApprovalStatus>,
    /// Approval order
    #[serde(rename = "approvalOrder", default, skip_serializing_if = "Option::is_none")]
    pub approval_order: Option<f32>,
    /// comment of approver
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// When the request was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the request was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Non-Employee request associated to this approval
    #[serde(
        rename = "nonEmployeeRequest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub non_employee_request: Option<NonEmployeeRequestWithoutApprovalItem>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeApprovalItemDetail {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeApprovalItemDetail {
            id: None,
            approver: None,
            account_name: None,
            approval_status: None,
            approval_order: None,
            comment: None,
            modified: None,
            created: None,
            non_employee_request: None,
            additional_properties: Default::default(),
        }
    }
}
