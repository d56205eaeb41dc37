//! `AccessProfileDetailsAccountSelector`, from `beta/schemas/app/AccessProfileDetails.yaml#/properties/accountSelector`.

use crate::models::Selector;

/// How to select account when there are multiple accounts for the user
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileDetailsAccountSelector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selectors: Option<Vec<Selector>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileDetailsAccountSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileDetailsAccountSelector {
            selectors: None,
            additional_properties: Default::default(),
        }
    }
}
