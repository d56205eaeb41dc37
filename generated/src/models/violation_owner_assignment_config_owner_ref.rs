//! `ViolationOwnerAssignmentConfigOwnerRef`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml#/properties/ownerRef`.

use crate::models::ViolationOwnerAssignmentConfigOwnerRefType;

/// The owner of the violation assignment config.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ViolationOwnerAssignmentConfigOwnerRef {
    /// Owner type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ViolationOwnerAssignmentConfigOwnerRefType>,
    /// Owner's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Owner's name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl ViolationOwnerAssignmentConfigOwnerRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationOwnerAssignmentConfigOwnerRef {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
