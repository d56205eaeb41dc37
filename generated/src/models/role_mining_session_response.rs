//! `RoleMiningSessionResponse`, from `beta/schemas/RoleMiningSessionResponse.yaml`.

use crate::models::{
    RoleMiningRoleType, RoleMiningSessionResponseCreatedBy, RoleMiningSessionScope,
    RoleMiningSessionStatus,
};

/// `RoleMiningSessionResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningSessionResponse {
    /// The scope of identities for this role mining session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<RoleMiningSessionScope>,
    /// Minimum number of identities in a potential role
    #[serde(
        rename = "minNumIdentitiesInPotentialRole",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_num_identities_in_potential_role: Option<i64>,
    /// The scoping method of the role mining session
    #[serde(
        rename = "scopingMethod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub scoping_method: Option<String>,
    /// The computed (or prescribed) prune threshold for this session
    #[serde(
        rename = "prescribedPruneThreshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub prescribed_prune_threshold: Option<i64>,
    /// The prune threshold to be used for this role mining session
    #[serde(rename = "pruneThreshold", default, skip_serializing_if = "Option::is_none")]
    pub prune_threshold: Option<i64>,
    /// The number of potential roles
    #[serde(
        rename = "potentialRoleCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_role_count: Option<i64>,
    /// The number of potential roles which have completed processing
    #[serde(
        rename = "potentialRolesReadyCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_roles_ready_count: Option<i64>,
    /// The role mining session status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoleMiningSessionStatus>,
    /// The id of the user who will receive an email about the role mining session
    #[serde(
        rename = "emailRecipientId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email_recipient_id: Option<String>,
    /// The session created by details
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<RoleMiningSessionResponseCreatedBy>,
    /// The number of identities
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i64>,
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
    /// The data file path of the role mining session
    #[serde(
        rename = "dataFilePath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub data_file_path: Option<String>,
    /// Session Id for this role mining session
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The date-time when this role mining session was created.
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time when this role mining session was completed.
    #[serde(
        rename = "modifiedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Role mining session type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMiningRoleType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningSessionResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionResponse {
            scope: None,
            min_num_identities_in_potential_role: None,
            scoping_method: None,
            prescribed_prune_threshold: None,
            prune_threshold: None,
            potential_role_count: None,
            potential_roles_ready_count: None,
            status: None,
            email_recipient_id: None,
            created_by: None,
            identity_count: None,
            saved: None,
            name: None,
            data_file_path: None,
            id: None,
            created_date: None,
            modified_date: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
