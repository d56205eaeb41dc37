//! `FormDefinitionDynamicSchemaRequest`, from `beta/schemas/forms/FormDefinitionDynamicSchemaRequest.yaml`.

use crate::models::FormDefinitionDynamicSchemaRequestAttributes;

/// `FormDefinitionDynamicSchemaRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormDefinitionDynamicSchemaRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<FormDefinitionDynamicSchemaRequestAttributes>,
    /// Description is the form definition dynamic schema description text
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// ID is a unique identifier
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type is the form definition dynamic schema type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// VersionNumber is the form definition dynamic schema version number
    #[serde(rename = "versionNumber", default, skip_serializing_if = "Option::is_none")]
    pub version_number: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormDefinitionDynamicSchemaRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionDynamicSchemaRequest {
            attributes: None,
            description: None,
            id: None,
            r#type: None,
            version_number: None,
            additional_properties: Default::default(),
        }
    }
}
