//! `FormDefinitionFileUploadResponse`, from `beta/schemas/forms/FormDefinitionFileUploadResponse.yaml`.

/// `FormDefinitionFileUploadResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormDefinitionFileUploadResponse {
    /// Created is the date the file was uploaded
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub created: Option<String>,
    /// fileId is a unique ULID that serves as an identifier for the form definition file
    #[serde(
        rename = "fileId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub file_id: Option<String>,
    /// FormDefinitionID is a unique guid identifying this form definition
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormDefinitionFileUploadResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionFileUploadResponse {
            created: None,
            file_id: None,
            form_definition_id: None,
            additional_properties: Default::default(),
        }
    }
}
