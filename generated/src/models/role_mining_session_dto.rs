//! `RoleMiningSessionDto`, from `beta/schemas/RoleMiningSessionDto.yaml`.

use crate::models::{RoleMiningRoleType, RoleMiningSessionScope};

/// `RoleMiningSessionDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningSessionDto {
    /// The scope of identities for this role mining session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<RoleMiningSessionScope>,
    /// The prune threshold to be used or null to calculate prescribedPruneThreshold
    #[serde(rename = "pruneThreshold", default, skip_serializing_if = "Option::is_none")]
    pub prune_threshold: Option<i32>,
    /// The calculated prescribedPruneThreshold
    #[serde(
        rename = "prescribedPruneThreshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub prescribed_prune_threshold: Option<i32>,
    /// Minimum number of identities in a potential role
    #[serde(
        rename = "minNumIdentitiesInPotentialRole",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_num_identities_in_potential_role: Option<i32>,
    /// Number of potential roles
    #[serde(
        rename = "potentialRoleCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_role_count: Option<i32>,
    /// Number of potential roles ready
    #[serde(
        rename = "potentialRolesReadyCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_roles_ready_count: Option<i32>,
    /// Role mining session type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMiningRoleType>,
    /// The id of the user who will receive an email about the role mining session
    #[serde(
        rename = "emailRecipientId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email_recipient_id: Option<String>,
    /// Number of identities in the population which meet the search criteria or identity list provided
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The session's saved status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub saved: Option<bool>,
    /// The session's saved name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningSessionDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionDto {
            scope: None,
            prune_threshold: None,
            prescribed_prune_threshold: None,
            min_num_identities_in_potential_role: None,
            potential_role_count: None,
            potential_roles_ready_count: None,
            r#type: None,
            email_recipient_id: None,
            identity_count: None,
            saved: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
