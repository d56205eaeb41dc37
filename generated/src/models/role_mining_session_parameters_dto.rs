//! `RoleMiningSessionParametersDto`, from `beta/schemas/RoleMiningSessionParametersDto.yaml`.

use crate::models::{
    RoleMiningRoleType, RoleMiningSessionScope, RoleMiningSessionScopingMethod,
    RoleMiningSessionState,
};

/// `RoleMiningSessionParametersDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningSessionParametersDto {
    /// The ID of the role mining session
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The session's saved name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Minimum number of identities in a potential role
    #[serde(
        rename = "minNumIdentitiesInPotentialRole",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_num_identities_in_potential_role: Option<i32>,
    /// The prune threshold to be used or null to calculate prescribedPruneThreshold
    #[serde(rename = "pruneThreshold", default, skip_serializing_if = "Option::is_none")]
    pub prune_threshold: Option<i32>,
    /// The session's saved status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub saved: Option<bool>,
    /// The scope of identities for this role mining session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<RoleMiningSessionScope>,
    /// Role mining potential type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMiningRoleType>,
    /// Role mining session state
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<RoleMiningSessionState>,
    /// Scoping method used in current role mining session
    #[serde(rename = "scopingMethod", default, skip_serializing_if = "Option::is_none")]
    pub scoping_method: Option<RoleMiningSessionScopingMethod>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningSessionParametersDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionParametersDto {
            id: None,
            name: None,
            min_num_identities_in_potential_role: None,
            prune_threshold: None,
            saved: None,
            scope: None,
            r#type: None,
            state: None,
            scoping_method: None,
            additional_properties: Default::default(),
        }
    }
}
