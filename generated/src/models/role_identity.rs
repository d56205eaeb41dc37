//! `RoleIdentity`, from `v3/schemas/access/RoleIdentity.yaml`.

use crate::models::RoleAssignmentSourceType;

/// A subset of the fields of an Identity which is a member of a Role.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleIdentity {
    /// The ID of the Identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The alias / username of the Identity
    #[serde(
        rename = "aliasName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub alias_name: Option<String>,
    /// The human-readable display name of the Identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Email address of the Identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    #[serde(
        rename = "roleAssignmentSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub role_assignment_source: Option<RoleAssignmentSourceType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleIdentity {
            id: None,
            alias_name: None,
            name: None,
            email: None,
            role_assignment_source: None,
            additional_properties: Default::default(),
        }
    }
}
