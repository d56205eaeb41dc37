//! `SavedSearchCompleteSearchResultsIdentity`, from `beta/schemas/trigger/example-input/SavedSearchComplete.yaml#/properties/searchResults/properties/Identity`.

/// Table of identities matching the search criteria.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsIdentity {
    /// Number of rows in the table.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub count: String,
    /// Type of object represented in the table.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub noun: String,
    /// Sample of the table data.
    #[serde(default)]
    pub preview: Vec<Vec<String>>,
}

impl SavedSearchCompleteSearchResultsIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: Vec<Vec<String>>,
    ) -> Self {
        SavedSearchCompleteSearchResultsIdentity {
            count: count.into(),
            noun: noun.into(),
            preview,
        }
    }
}
