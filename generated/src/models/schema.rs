//! `Schema`, from `beta/schemas/Schema.yaml`.

use crate::models::{AttributeDefinition, SourceFeature};

/// `Schema` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Schema {
    /// The id of the Schema.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The name of the Schema.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The name of the object type on the native system that the schema represents.
    #[serde(
        rename = "nativeObjectType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_object_type: Option<String>,
    /// The name of the attribute used to calculate the unique identifier for an object in the schema.
    #[serde(
        rename = "identityAttribute",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_attribute: Option<String>,
    /// The name of the attribute used to calculate the display value for an object in the schema.
    #[serde(
        rename = "displayAttribute",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_attribute: Option<String>,
    /// The name of the attribute whose values represent other objects in a hierarchy. Only relevant to group schemas.
    #[serde(
        rename = "hierarchyAttribute",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub hierarchy_attribute: Option<String>,
    /// Flag indicating whether or not the include permissions with the object data when aggregating the schema.
    #[serde(
        rename = "includePermissions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_permissions: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<SourceFeature>,
    /// Holds any extra configuration data that the schema may require.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<serde_json::Map<String, serde_json::Value>>,
    /// The attribute definitions which form the schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<AttributeDefinition>>,
    /// The date the Schema was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the Schema was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Schema {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Schema {
            id: None,
            name: None,
            native_object_type: None,
            identity_attribute: None,
            display_attribute: None,
            hierarchy_attribute: None,
            include_permissions: None,
            features: None,
            configuration: None,
            attributes: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
