//! `ServiceDeskIntegrationTemplateType`, from `beta/schemas/ServiceDeskIntegrationTemplateType.yaml`.

/// This represents a Service Desk Integration template type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceDeskIntegrationTemplateType {
    /// This is the name of the type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// This is the type value for the type.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// This is the scriptName attribute value for the type.
    #[serde(rename = "scriptName", default, deserialize_with = "crate::lenient::string")]
    pub script_name: String,
}

impl ServiceDeskIntegrationTemplateType {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: impl Into<String>, script_name: impl Into<String>) -> Self {
        ServiceDeskIntegrationTemplateType {
            name: None,
            r#type: r#type.into(),
            script_name: script_name.into(),
        }
    }
}
