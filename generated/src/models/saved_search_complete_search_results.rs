//! `SavedSearchCompleteSearchResults`, from `beta/schemas/trigger/example-input/SavedSearchComplete.yaml#/properties/searchResults`.

use crate::models::{
    SavedSearchCompleteSearchResultsAccount, SavedSearchCompleteSearchResultsEntitlement,
    SavedSearchCompleteSearchResultsIdentity,
};

/// Preview of the search results for each object type. This includes a count as well as headers and the first several rows of data, per object type.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SavedSearchCompleteSearchResults {
    /// Table of accounts matching the search criteria.
    #[serde(rename = "Account", default, skip_serializing_if = "Option::is_none")]
    pub account: Option<SavedSearchCompleteSearchResultsAccount>,
    /// Table of entitlements matching the search criteria.
    #[serde(rename = "Entitlement", default, skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<SavedSearchCompleteSearchResultsEntitlement>,
    /// Table of identities matching the search criteria.
    #[serde(rename = "Identity", default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<SavedSearchCompleteSearchResultsIdentity>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SavedSearchCompleteSearchResults {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SavedSearchCompleteSearchResults {
            account: None,
            entitlement: None,
            identity: None,
            additional_properties: Default::default(),
        }
    }
}
