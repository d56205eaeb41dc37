//! `AccessProfileDetailsAccountSelector`, from `beta/schemas/app/AccessProfileDetails.yaml#/properties/accountSelector`.

use crate::models::Selector;

/// How to select account when there are multiple accounts for the user
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessProfileDetailsAccountSelector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selectors: Option<Vec<Selector>>,
}

impl AccessProfileDetailsAccountSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileDetailsAccountSelector {
            selectors: None,
        }
    }
}
