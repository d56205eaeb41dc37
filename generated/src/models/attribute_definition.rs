//! `AttributeDefinition`, from `beta/schemas/AttributeDefinition.yaml`.

use crate::models::{AttributeDefinitionSchema, AttributeDefinitionType};

/// `AttributeDefinition` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeDefinition {
    /// The name of the attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Attribute name in the native system.
    #[serde(
        rename = "nativeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AttributeDefinitionType>,
    /// A reference to the schema on the source to the attribute values map to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<AttributeDefinitionSchema>,
    /// A human-readable description of the attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Flag indicating whether or not the attribute is multi-valued.
    #[serde(
        rename = "isMulti",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_multi: Option<bool>,
    /// Flag indicating whether or not the attribute is an entitlement.
    #[serde(
        rename = "isEntitlement",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_entitlement: Option<bool>,
    /// Flag indicating whether or not the attribute represents a group.
    /// This can only be `true` if `isEntitlement` is also `true` **and** there is a schema defined for the attribute.
    #[serde(
        rename = "isGroup",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_group: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeDefinition {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeDefinition {
            name: None,
            native_name: None,
            r#type: None,
            schema: None,
            description: None,
            is_multi: None,
            is_entitlement: None,
            is_group: None,
            additional_properties: Default::default(),
        }
    }
}
