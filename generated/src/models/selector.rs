//! `Selector`, from `beta/schemas/app/selector.yaml`.

use crate::models::SelectorAccountMatchConfig;

/// `Selector` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Selector {
    /// The application id
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_id: Option<String>,
    #[serde(
        rename = "accountMatchConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_match_config: Option<SelectorAccountMatchConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Selector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Selector {
            application_id: None,
            account_match_config: None,
            additional_properties: Default::default(),
        }
    }
}
