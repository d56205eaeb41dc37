//! `CompleteCampaignOptions`, from `beta/schemas/CompleteCampaignOptions.yaml`.

use crate::models::CompleteCampaignOptionsAutoCompleteAction;

/// `CompleteCampaignOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CompleteCampaignOptions {
    /// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
    #[serde(
        rename = "autoCompleteAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_complete_action: Option<CompleteCampaignOptionsAutoCompleteAction>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CompleteCampaignOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CompleteCampaignOptions {
            auto_complete_action: None,
            additional_properties: Default::default(),
        }
    }
}
