//! `SedAssignee`, from `beta/schemas/SedAssignee.yaml`.

use crate::models::SedAssigneeType;

/// Sed Assignee
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedAssignee {
    /// Type of assignment
    /// When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER
    /// IDENTITY SED_ASSIGNEE_IDENTITY_TYPE
    /// GROUP SED_ASSIGNEE_GROUP_TYPE
    /// SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE
    /// ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE
    pub r#type: SedAssigneeType,
    /// Identity or Group identifier
    /// Empty when using source/entitlement owner personas
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
}

impl SedAssignee {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: SedAssigneeType) -> Self {
        SedAssignee { r#type, value: None }
    }
}
