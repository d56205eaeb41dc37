//! `NonEmployeeSourceLiteWithSchemaAttributes`, from `beta/schemas/NonEmployeeSourceLiteWithSchemaAttributes.yaml`.

use crate::models::NonEmployeeSchemaAttribute;

/// `NonEmployeeSourceLiteWithSchemaAttributes` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeSourceLiteWithSchemaAttributes {
    /// Non-Employee source id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// List of schema attributes associated with this non-employee source.
    #[serde(
        rename = "schemaAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_attributes: Option<Vec<NonEmployeeSchemaAttribute>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeSourceLiteWithSchemaAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeSourceLiteWithSchemaAttributes {
            id: None,
            source_id: None,
            name: None,
            description: None,
            schema_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
