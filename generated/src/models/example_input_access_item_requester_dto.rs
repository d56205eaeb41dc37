//! `ExampleInputAccessItemRequesterDto`, from `beta/schemas/trigger/example-input/AccessItemRequesterDto.yaml`.

use crate::models::ExampleInputAccessItemRequesterDtoType;

/// Access item requester's identity.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExampleInputAccessItemRequesterDto {
    /// Access item requester's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ExampleInputAccessItemRequesterDtoType>,
    /// Access item requester's identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Access item requester's name.
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

impl ExampleInputAccessItemRequesterDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExampleInputAccessItemRequesterDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
