//! `RoleAssignmentDto`, from `beta/schemas/RoleAssignmentDto.yaml`.

use crate::models::{
    AssignmentContextDto, BaseReferenceDto, BaseRoleReferenceDto,
    RoleAssignmentDtoAssigner, RoleTargetDto,
};

/// `RoleAssignmentDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleAssignmentDto {
    /// Assignment Id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Role Id and Name related to this assignment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<BaseRoleReferenceDto>,
    /// Comments added by the user when the assignment was made
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comments: Option<String>,
    /// Source describing how this assignment was made
    #[serde(
        rename = "assignmentSource",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub assignment_source: Option<String>,
    /// The identity that performed the assignment. This could be blank or system
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigner: Option<RoleAssignmentDtoAssigner>,
    /// Dimensions assigned related to this role
    #[serde(
        rename = "assignedDimensions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub assigned_dimensions: Option<Vec<BaseReferenceDto>>,
    #[serde(
        rename = "assignmentContext",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub assignment_context: Option<AssignmentContextDto>,
    #[serde(rename = "accountTargets", default, skip_serializing_if = "Option::is_none")]
    pub account_targets: Option<Vec<RoleTargetDto>>,
    /// Date when assignment will be active, if access was requested with a future start date. If null, assignment is active immediately
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date that the assignment will be removed
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date that the assignment was added
    #[serde(
        rename = "addedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub added_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleAssignmentDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleAssignmentDto {
            id: None,
            role: None,
            comments: None,
            assignment_source: None,
            assigner: None,
            assigned_dimensions: None,
            assignment_context: None,
            account_targets: None,
            start_date: None,
            remove_date: None,
            added_date: None,
            additional_properties: Default::default(),
        }
    }
}
