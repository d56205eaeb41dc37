//! `ManualDiscoverApplicationsTemplate`, from `beta/schemas/ManualDiscoverApplicationsTemplate.yaml`.

/// `ManualDiscoverApplicationsTemplate` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManualDiscoverApplicationsTemplate {
    /// Name of the example application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_name: Option<String>,
    /// Description of the example application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManualDiscoverApplicationsTemplate {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManualDiscoverApplicationsTemplate {
            application_name: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
