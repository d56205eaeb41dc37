//! `SimIntegrationDetails`, from `beta/schemas/SimIntegrationDetails.yaml`.

use crate::models::SimIntegrationDetailsBeforeProvisioningRule;

/// `SimIntegrationDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SimIntegrationDetails {
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
    /// The description of the integration
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The integration type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The attributes map containing the credentials used to configure the integration.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Value>,
    /// The list of sources (managed resources)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<String>>,
    /// The cluster/proxy
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cluster: Option<String>,
    /// Custom mapping between the integration result and the provisioning result
    #[serde(rename = "statusMap", default, skip_serializing_if = "Option::is_none")]
    pub status_map: Option<serde_json::Map<String, serde_json::Value>>,
    /// Request data to customize desc and body of the created ticket
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<serde_json::Map<String, serde_json::Value>>,
    /// Before provisioning rule of integration
    #[serde(
        rename = "beforeProvisioningRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub before_provisioning_rule: Option<SimIntegrationDetailsBeforeProvisioningRule>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SimIntegrationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SimIntegrationDetails {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            r#type: None,
            attributes: None,
            sources: None,
            cluster: None,
            status_map: None,
            request: None,
            before_provisioning_rule: None,
            additional_properties: Default::default(),
        }
    }
}
