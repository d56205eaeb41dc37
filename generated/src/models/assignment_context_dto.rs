//! `AssignmentContextDto`, from `beta/schemas/AssignmentContextDto.yaml`.

use crate::models::{AccessRequestContext, RoleMatchDto};

/// `AssignmentContextDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AssignmentContextDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<AccessRequestContext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<Vec<RoleMatchDto>>,
    /// Date that the assignment will was evaluated
    #[serde(
        rename = "computedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub computed_date: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AssignmentContextDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AssignmentContextDto {
            requested: None,
            matched: None,
            computed_date: None,
            additional_properties: Default::default(),
        }
    }
}
