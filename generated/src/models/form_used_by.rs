//! `FormUsedBy`, from `beta/schemas/forms/FormUsedBy.yaml`.

use crate::models::FormUsedByType;

/// `FormUsedBy` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormUsedBy {
    /// FormUsedByType value.
    /// WORKFLOW FormUsedByTypeWorkflow
    /// SOURCE FormUsedByTypeSource
    /// MySailPoint FormUsedByType
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormUsedByType>,
    /// Unique identifier of the system using the form.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the system using the form.
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

impl FormUsedBy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormUsedBy {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
