//! `NonEmployeeRequestWithoutApprovalItem`, from `beta/schemas/NonEmployeeRequestWithoutApprovalItem.yaml`.

use crate::models::{
    ApprovalStatus, IdentityReferenceWithId, NonEmployeeSourceLiteWithSchemaAttributes,
};

/// `NonEmployeeRequestWithoutApprovalItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeRequestWithoutApprovalItem {
    /// Non-Employee request id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<IdentityReferenceWithId>,
    /// Requested identity account name.
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_name: Option<String>,
    /// Non-Employee's first name.
    #[serde(
        rename = "firstName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub first_name: Option<String>,
    /// Non-Employee's last name.
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub last_name: Option<String>,
    /// Non-Employee's email.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// Non-Employee's phone.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub phone: Option<String>,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub manager: Option<String>,
    #[serde(
        rename = "nonEmployeeSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub non_employee_source: Option<NonEmployeeSourceLiteWithSchemaAttributes>,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "approvalStatus", default, skip_serializing_if = "Option::is_none")]
    pub approval_status: Option<ApprovalStatus>,
    /// Comment of requester
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// When the request was completely approved.
    #[serde(
        rename = "completionDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completion_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Non-Employee employment start date.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::NaiveDate>,
    /// Non-Employee employment end date.
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::NaiveDate>,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeRequestWithoutApprovalItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeRequestWithoutApprovalItem {
            id: None,
            requester: None,
            account_name: None,
            first_name: None,
            last_name: None,
            email: None,
            phone: None,
            manager: None,
            non_employee_source: None,
            data: None,
            approval_status: None,
            comment: None,
            completion_date: None,
            start_date: None,
            end_date: None,
            modified: None,
            created: None,
            additional_properties: Default::default(),
        }
    }
}
