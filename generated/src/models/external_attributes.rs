//! `ExternalAttributes`, from `beta/schemas/workflows/trigger-attributes/ExternalAttributes.yaml`.

/// Attributes related to an external trigger
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalAttributes {
    /// A unique name for the external trigger
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Additional context about the external trigger
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// OAuth Client ID to authenticate with this trigger
    #[serde(
        rename = "clientId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub client_id: Option<String>,
    /// URL to invoke this workflow
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub url: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExternalAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExternalAttributes {
            name: None,
            description: None,
            client_id: None,
            url: None,
            additional_properties: Default::default(),
        }
    }
}
