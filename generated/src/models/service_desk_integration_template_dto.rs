//! `ServiceDeskIntegrationTemplateDto`, from `beta/schemas/ServiceDeskIntegrationTemplateDto.yaml`.

use crate::models::ProvisioningConfig;

/// `ServiceDeskIntegrationTemplateDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceDeskIntegrationTemplateDto {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the Object
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The 'type' property specifies the type of the Service Desk integration template.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// The 'attributes' property value is a map of attributes available for integrations using this Service Desk integration template.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// The 'provisioningConfig' property specifies the configuration used to provision integrations using the template.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "provisioningConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_config: Option<ProvisioningConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ServiceDeskIntegrationTemplateDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        r#type: impl Into<String>,
        attributes: serde_json::Map<String, serde_json::Value>,
        provisioning_config: ProvisioningConfig,
    ) -> Self {
        ServiceDeskIntegrationTemplateDto {
            id: None,
            name: None,
            created: None,
            modified: None,
            r#type: r#type.into(),
            attributes,
            provisioning_config: Some(provisioning_config),
            additional_properties: Default::default(),
        }
    }
}
