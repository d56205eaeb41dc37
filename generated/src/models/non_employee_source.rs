//! `NonEmployeeSource`, from `beta/schemas/NonEmployeeSource.yaml`.

use crate::models::IdentityReferenceWithId;

/// `NonEmployeeSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeSource {
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
    /// The number of non-employee records on all sources that *requested-for* user manages.
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

impl NonEmployeeSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeSource {
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
