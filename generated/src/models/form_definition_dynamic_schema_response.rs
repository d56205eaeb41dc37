//! `FormDefinitionDynamicSchemaResponse`, from `beta/schemas/forms/FormDefinitionDynamicSchemaResponse.yaml`.

/// `FormDefinitionDynamicSchemaResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormDefinitionDynamicSchemaResponse {
    /// OutputSchema holds a JSON schema generated dynamically
    #[serde(rename = "outputSchema", default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormDefinitionDynamicSchemaResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionDynamicSchemaResponse {
            output_schema: None,
            additional_properties: Default::default(),
        }
    }
}
