//! `ExampleInputAccessItemRequestedForDto`, from `beta/schemas/trigger/example-input/AccessItemRequestedForDto.yaml`.

use crate::models::ExampleInputAccessItemRequestedForDtoType;

/// Identity whom the access item is requested for.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExampleInputAccessItemRequestedForDto {
    /// DTO type of the identity whom the access item is requested for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ExampleInputAccessItemRequestedForDtoType>,
    /// ID of the identity whom the access item is requested for.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the identity whom the access item is requested for.
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

impl ExampleInputAccessItemRequestedForDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExampleInputAccessItemRequestedForDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
