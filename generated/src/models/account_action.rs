//! `AccountAction`, from `beta/schemas/AccountAction.yaml`.

use crate::models::AccountActionAction;

/// Object for specifying Actions to be performed on a specified list of sources' account.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAction {
    /// Describes if action will be enable, disable or delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<AccountActionAction>,
    /// A unique list of specific source IDs to apply the action to. The sources must have the ENABLE feature or flat file source. Required if allSources is not true. Must not be provided if allSources is true. Cannot be used together with excludeSourceIds See "/sources" endpoint for source features.
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// A list of source IDs to exclude from the action. Cannot be used together with sourceIds.
    #[serde(
        rename = "excludeSourceIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_source_ids: Option<Vec<String>>,
    /// If true, the action applies to all available sources. If true, sourceIds must not be provided. If false or not set, sourceIds is required.
    #[serde(
        rename = "allSources",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub all_sources: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAction {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountAction {
            action: None,
            source_ids: None,
            exclude_source_ids: None,
            all_sources: None,
            additional_properties: Default::default(),
        }
    }
}
