//! `NonEmployeeSourceRequestBody`, from `beta/schemas/NonEmployeeSourceRequestBody.yaml`.

use crate::models::NonEmployeeIdnUserRequest;

/// `NonEmployeeSourceRequestBody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NonEmployeeSourceRequestBody {
    /// Name of non-employee source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Description of non-employee source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Owner of non-employee source.
    pub owner: NonEmployeeIdnUserRequest,
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
            owner,
            management_workgroup: None,
            approvers: None,
            account_managers: None,
        }
    }
}
