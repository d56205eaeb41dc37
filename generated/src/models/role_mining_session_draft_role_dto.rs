//! `RoleMiningSessionDraftRoleDto`, from `beta/schemas/RoleMiningSessionDraftRoleDto.yaml`.

use crate::models::RoleMiningRoleType;

/// `RoleMiningSessionDraftRoleDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningSessionDraftRoleDto {
    /// Name of the draft role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Draft role description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The list of identities for this role mining session.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The list of entitlement ids for this role mining session.
    #[serde(rename = "entitlementIds", default, skip_serializing_if = "Option::is_none")]
    pub entitlement_ids: Option<Vec<String>>,
    /// The list of excluded entitlement ids.
    #[serde(
        rename = "excludedEntitlements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_entitlements: Option<Vec<String>>,
    /// Last modified date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Role mining session type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMiningRoleType>,
    /// Id of the potential draft role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The date-time when this potential draft role was created.
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time when this potential draft role was modified.
    #[serde(
        rename = "modifiedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningSessionDraftRoleDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionDraftRoleDto {
            name: None,
            description: None,
            identity_ids: None,
            entitlement_ids: None,
            excluded_entitlements: None,
            modified: None,
            r#type: None,
            id: None,
            created_date: None,
            modified_date: None,
            additional_properties: Default::default(),
        }
    }
}
