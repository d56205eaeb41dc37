//! `RoleMiningPotentialRole`, from `beta/schemas/RoleMiningPotentialRole.yaml`.

use crate::models::{
    RoleMiningIdentityDistribution, RoleMiningPotentialRoleCreatedBy,
    RoleMiningPotentialRolePotentialRoleRef, RoleMiningPotentialRoleProvisionState,
    RoleMiningRoleType, RoleMiningSessionParametersDto,
};

/// `RoleMiningPotentialRole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningPotentialRole {
    /// The session created by details
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<RoleMiningPotentialRoleCreatedBy>,
    /// The density of a potential role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub density: Option<i32>,
    /// The description of a potential role.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The number of entitlements in a potential role.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
    /// The list of entitlement ids to be excluded.
    #[serde(
        rename = "excludedEntitlements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_entitlements: Option<Vec<String>>,
    /// The freshness of a potential role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freshness: Option<i32>,
    /// The number of identities in a potential role.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// Identity attribute distribution.
    #[serde(
        rename = "identityDistribution",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_distribution: Option<Vec<RoleMiningIdentityDistribution>>,
    /// The list of ids in a potential role.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The status for this identity group which can be OBTAINED or COMPRESSED
    #[serde(
        rename = "identityGroupStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_group_status: Option<String>,
    /// Name of the potential role.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The potential role reference
    #[serde(
        rename = "potentialRoleRef",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_role_ref: Option<RoleMiningPotentialRolePotentialRoleRef>,
    /// The provisioning state of a potential role.
    #[serde(rename = "provisionState", default, skip_serializing_if = "Option::is_none")]
    pub provision_state: Option<RoleMiningPotentialRoleProvisionState>,
    /// The quality of a potential role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<i32>,
    /// The roleId of a potential role.
    #[serde(
        rename = "roleId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub role_id: Option<String>,
    /// The potential role's saved status.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub saved: Option<bool>,
    /// The session parameters of the potential role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<RoleMiningSessionParametersDto>,
    /// Role mining potential type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMiningRoleType>,
    /// Id of the potential role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The date-time when this potential role was created.
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time when this potential role was modified.
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

impl RoleMiningPotentialRole {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRole {
            created_by: None,
            density: None,
            description: None,
            entitlement_count: None,
            excluded_entitlements: None,
            freshness: None,
            identity_count: None,
            identity_distribution: None,
            identity_ids: None,
            identity_group_status: None,
            name: None,
            potential_role_ref: None,
            provision_state: None,
            quality: None,
            role_id: None,
            saved: None,
            session: None,
            r#type: None,
            id: None,
            created_date: None,
            modified_date: None,
            additional_properties: Default::default(),
        }
    }
}
