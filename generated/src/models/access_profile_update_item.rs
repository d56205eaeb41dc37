//! `AccessProfileUpdateItem`, from `v3/schemas/access/AccessProfileUpdateItem.yaml`.

/// `AccessProfileUpdateItem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileUpdateItem {
    /// Identifier of Access Profile in bulk update request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Access Profile requestable or not.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub requestable: bool,
    /// The HTTP response status code returned for an individual Access Profile that is requested for update during a bulk update operation.
    ///
    /// > 201   - Access profile is updated successfully.
    ///
    /// > 404   - Access profile not found.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub status: String,
    /// Human readable status description and containing additional context information about success or failures etc.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileUpdateItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        requestable: bool,
        status: impl Into<String>,
    ) -> Self {
        AccessProfileUpdateItem {
            id: id.into(),
            requestable,
            status: status.into(),
            description: None,
            additional_properties: Default::default(),
        }
    }
}
