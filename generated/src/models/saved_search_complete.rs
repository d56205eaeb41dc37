//! `SavedSearchComplete`, from `beta/schemas/trigger/example-input/SavedSearchComplete.yaml`.

use crate::models::SavedSearchCompleteSearchResults;

/// `SavedSearchComplete` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedSearchComplete {
    /// Report file name.
    #[serde(rename = "fileName", default, deserialize_with = "crate::lenient::string")]
    pub file_name: String,
    /// Email address of the identity who owns the saved search.
    #[serde(rename = "ownerEmail", default, deserialize_with = "crate::lenient::string")]
    pub owner_email: String,
    /// Name of the identity who owns the saved search.
    #[serde(rename = "ownerName", default, deserialize_with = "crate::lenient::string")]
    pub owner_name: String,
    /// Search query used to generate the report.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub query: String,
    /// Saved search name.
    #[serde(rename = "searchName", default, deserialize_with = "crate::lenient::string")]
    pub search_name: String,
    /// Preview of the search results for each object type. This includes a count as well as headers and the first several rows of data, per object type.
    #[serde(rename = "searchResults")]
    pub search_results: SavedSearchCompleteSearchResults,
    /// The Amazon S3 URL to download the report from.
    #[serde(
        rename = "signedS3Url",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub signed_s3_url: String,
}

impl SavedSearchComplete {
    /// Builds the value from its required fields.
    pub fn new(
        file_name: impl Into<String>,
        owner_email: impl Into<String>,
        owner_name: impl Into<String>,
        query: impl Into<String>,
        search_name: impl Into<String>,
        search_results: SavedSearchCompleteSearchResults,
        signed_s3_url: impl Into<String>,
    ) -> Self {
        SavedSearchComplete {
            file_name: file_name.into(),
            owner_email: owner_email.into(),
            owner_name: owner_name.into(),
            query: query.into(),
            search_name: search_name.into(),
            search_results,
            signed_s3_url: signed_s3_url.into(),
        }
    }
}
