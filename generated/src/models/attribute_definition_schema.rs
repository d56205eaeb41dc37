//! `AttributeDefinitionSchema`, from `beta/schemas/AttributeDefinition.yaml#/properties/schema`.

use crate::models::AttributeDefinitionSchemaType;

/// A reference to the schema on the source to the attribute values map to.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeDefinitionSchema {
    /// The type of object being referenced
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AttributeDefinitionSchemaType>,
    /// The object ID this reference applies to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The human-readable display name of the object.
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

impl AttributeDefinitionSchema {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeDefinitionSchema {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
