//! `FormDefinitionDynamicSchemaRequestAttributes`, from `beta/schemas/forms/FormDefinitionDynamicSchemaRequest.yaml#/properties/attributes`.

/// `FormDefinitionDynamicSchemaRequestAttributes` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormDefinitionDynamicSchemaRequestAttributes {
    /// FormDefinitionID is a unique guid identifying this form definition
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub form_definition_id: Option<String>,
}

impl FormDefinitionDynamicSchemaRequestAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionDynamicSchemaRequestAttributes {
            form_definition_id: None,
        }
    }
}
