//! `CampaignReportsConfig`, from `beta/schemas/CampaignReportsConfig.yaml`.

/// `CampaignReportsConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CampaignReportsConfig {
    /// list of identity attribute columns
    #[serde(
        rename = "identityAttributeColumns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_attribute_columns: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignReportsConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CampaignReportsConfig {
            identity_attribute_columns: None,
            additional_properties: Default::default(),
        }
    }
}
