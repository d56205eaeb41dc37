//! `CampaignReportsConfig`, from `beta/schemas/CampaignReportsConfig.yaml`.

/// `CampaignReportsConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignReportsConfig {
    /// list of identity attribute columns
    #[serde(
        rename = "identityAttributeColumns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_attribute_columns: Option<Vec<String>>,
}

impl CampaignReportsConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CampaignReportsConfig {
            identity_attribute_columns: None,
        }
    }
}
