//! `RoleAssignmentDtoAssigner`, from `beta/schemas/RoleAssignmentDto.yaml#/properties/assigner`.

use crate::models::RoleAssignmentDtoAssignerType;

/// The identity that performed the assignment. This could be blank or system
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleAssignmentDtoAssigner {
    /// Object type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleAssignmentDtoAssignerType>,
    /// ID of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
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

impl RoleAssignmentDtoAssigner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleAssignmentDtoAssigner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
