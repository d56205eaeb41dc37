//! `BulkIdentitiesAccountsResponse`, from `beta/schemas/BulkIdentitiesAccountsResponse.yaml`.

/// Bulk response object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl BulkIdentitiesAccountsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BulkIdentitiesAccountsResponse {
            id: None,
            status_code: None,
            message: None,
            additional_properties: Default::default(),
        }
    }
}
