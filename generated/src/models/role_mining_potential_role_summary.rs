//! `RoleMiningPotentialRoleSummary`, from `beta/schemas/RoleMiningPotentialRoleSummary.yaml`.

use crate::models::{
    RoleMiningPotentialRoleProvisionState, RoleMiningPotentialRoleRef,
    RoleMiningPotentialRoleSummaryCreatedBy, RoleMiningRoleType,
    RoleMiningSessionParametersDto,
};

/// `RoleMiningPotentialRoleSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningPotentialRoleSummary {
    /// Id of the potential role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the potential role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Details about the potential role
    #[serde(
        rename = "potentialRoleRef",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_role_ref: Option<RoleMiningPotentialRoleRef>,
    /// The number of identities in a potential role.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The number of entitlements in a potential role.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
    /// The status for this identity group which can be "REQUESTED" or "OBTAINED"
    #[serde(
        rename = "identityGroupStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_group_status: Option<String>,
    /// The status of provisioning for this potential role. Can be "POTENTIAL", "PENDING", "FAILED", or "COMPLETE".
    #[serde(rename = "provisionState", default, skip_serializing_if = "Option::is_none")]
    pub provision_state: Option<RoleMiningPotentialRoleProvisionState>,
    /// ID of the provisioned role in IIQ or IDN.  Null if this potential role has not been provisioned.
    #[serde(
        rename = "roleId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub role_id: Option<String>,
    /// The density metric (0-100) of this potential role. Higher density values indicate higher similarity amongst the identities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub density: Option<i32>,
    /// The freshness metric (0-100) of this potential role. Higher freshness values indicate this potential role is more distinctive compared to existing roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freshness: Option<i32>,
    /// The quality metric (0-100) of this potential role. Higher quality values indicate this potential role has high density and freshness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<i32>,
    /// Role mining potential type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMiningRoleType>,
    /// The potential role created by details
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<RoleMiningPotentialRoleSummaryCreatedBy>,
    /// The date-time when this potential role was created.
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The potential role's saved status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub saved: Option<bool>,
    /// Description of the potential role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The session parameters of the potential role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<RoleMiningSessionParametersDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningPotentialRoleSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleSummary {
            id: None,
            name: None,
            potential_role_ref: None,
            identity_count: None,
            entitlement_count: None,
            identity_group_status: None,
            provision_state: None,
            role_id: None,
            density: None,
            freshness: None,
            quality: None,
            r#type: None,
            created_by: None,
            created_date: None,
            saved: None,
            description: None,
            session: None,
            additional_properties: Default::default(),
        }
    }
}
