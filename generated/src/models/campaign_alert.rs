//! `CampaignAlert`, from `beta/schemas/CampaignAlert.yaml`.

use crate::models::{CampaignAlertLevel, V3ErrorMessageDto};

/// `CampaignAlert` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CampaignAlert {
    /// Denotes the level of the message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<CampaignAlertLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub localizations: Option<Vec<V3ErrorMessageDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignAlert {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CampaignAlert {
            level: None,
            localizations: None,
            additional_properties: Default::default(),
        }
    }
}
