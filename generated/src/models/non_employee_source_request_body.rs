//! `NonEmployeeSourceRequestBody`, from `beta/schemas/NonEmployeeSourceRequestBody.yaml`.

use crate::models::NonEmployeeIdnUserRequest;

/// `NonEmployeeSourceRequestBody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeSourceRequestBody {
    /// Name of non-employee source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Description of non-employee source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Owner of non-employee source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<NonEmployeeIdnUserRequest>,
    /// The ID for the management workgroup that contains source sub-admins
    #[serde(
        rename = "managementWorkgroup",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub management_workgroup: Option<String>,
    /// List of approvers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approvers: Option<Vec<NonEmployeeIdnUserRequest>>,
    /// List of account managers.
    #[serde(
        rename = "accountManagers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_managers: Option<Vec<NonEmployeeIdnUserRequest>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeSourceRequestBody {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: NonEmployeeIdnUserRequest,
    ) -> Self {
        NonEmployeeSourceRequestBody {
            name: name.into(),
            description: description.into(),
            owner: Some(owner),
            management_workgroup: None,
            approvers: None,
            account_managers: None,
            additional_properties: Default::default(),
        }
    }
}
