//! `SavedSearchCompleteSearchResultsEntitlement`, from `beta/schemas/trigger/example-input/SavedSearchComplete.yaml#/properties/searchResults/properties/Entitlement`.

/// Table of entitlements matching the search criteria.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsEntitlement {
    /// Number of rows in the table.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub count: String,
    /// Type of object represented in the table.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub noun: String,
    /// Sample of table data.
    #[serde(default)]
    pub preview: Vec<Vec<String>>,
}

impl SavedSearchCompleteSearchResultsEntitlement {
    /// Builds the value from its required fields.
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: Vec<Vec<String>>,
    ) -> Self {
        SavedSearchCompleteSearchResultsEntitlement {
            count: count.into(),
            noun: noun.into(),
            preview,
        }
    }
}
