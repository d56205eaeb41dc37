//! `SourceItemRef`, from `v3/schemas/access-requests/SourceItemRef.yaml`.

use crate::models::AccountItemRef;

/// `SourceItemRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceItemRef {
    /// The id for the source on which account selections are made
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// A list of account selections on the source. Currently, only one selection per source is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<AccountItemRef>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceItemRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceItemRef {
            source_id: None,
            accounts: None,
            additional_properties: Default::default(),
        }
    }
}
