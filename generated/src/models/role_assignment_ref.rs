//! `RoleAssignmentRef`, from `beta/schemas/RoleAssignmentRef.yaml`.

use crate::models::BaseReferenceDto;

/// `RoleAssignmentRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleAssignmentRef {
    /// Assignment Id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Role Id and Name related to this assignment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<BaseReferenceDto>,
    /// Date that the assignment was added
    #[serde(
        rename = "addedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub added_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date when assignment will be active, if requested with a future date. If null, assignment is active immediately
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleAssignmentRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleAssignmentRef {
            id: None,
            role: None,
            added_date: None,
            start_date: None,
            remove_date: None,
            additional_properties: Default::default(),
        }
    }
}
