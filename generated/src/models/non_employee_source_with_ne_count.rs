//! `NonEmployeeSourceWithNeCount`, from `beta/schemas/NonEmployeeSourceWithNECount.yaml`.

use crate::models::IdentityReferenceWithId;

/// `NonEmployeeSourceWithNeCount` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeSourceWithNeCount {
    /// Non-Employee source id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// List of approvers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approvers: Option<Vec<IdentityReferenceWithId>>,
    /// List of account managers
    #[serde(
        rename = "accountManagers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_managers: Option<Vec<IdentityReferenceWithId>>,
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
    /// Number of non-employee records associated with this source. This value is 'null' by default. To get the non-employee count, you must set the `non-employee-count` flag in your request to 'true'.
    #[serde(
        rename = "nonEmployeeCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub non_employee_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeSourceWithNeCount {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeSourceWithNeCount {
            id: None,
            source_id: None,
            name: None,
            description: None,
            approvers: None,
            account_managers: None,
            modified: None,
            created: None,
            non_employee_count: None,
            additional_properties: Default::default(),
        }
    }
}
