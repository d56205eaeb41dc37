//! `SavedSearchCompleteSearchResultsIdentity`, from `beta/schemas/trigger/example-input/SavedSearchComplete.yaml#/properties/searchResults/properties/Identity`.

/// Table of identities matching the search criteria.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SavedSearchCompleteSearchResultsIdentity {
    /// Number of rows in the table.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub count: String,
    /// Type of object represented in the table.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub noun: String,
    /// Sample of the table data.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub preview: Vec<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SavedSearchCompleteSearchResultsIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: Vec<Vec<String>>,
    ) -> Self {
        SavedSearchCompleteSearchResultsIdentity {
            count: count.into(),
            noun: noun.into(),
            preview,
            additional_properties: Default::default(),
        }
    }
}
