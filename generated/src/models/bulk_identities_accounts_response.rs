//! `BulkIdentitiesAccountsResponse`, from `beta/schemas/BulkIdentitiesAccountsResponse.yaml`.

/// Bulk response object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BulkIdentitiesAccountsResponse {
    /// Identifier of bulk request item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Response status value.
    #[serde(rename = "statusCode", default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
    /// Status containing additional context information about failures.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub message: Option<String>,
}

impl BulkIdentitiesAccountsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BulkIdentitiesAccountsResponse {
            id: None,
            status_code: None,
            message: None,
        }
    }
}
