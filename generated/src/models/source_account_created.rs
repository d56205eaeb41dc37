//! `SourceAccountCreated`, from `beta/schemas/trigger/example-input/SourceAccountCreated.yaml`.

/// `SourceAccountCreated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountCreated {
    /// Identity's universal unique identifier (UUID) on the source. The source system generates the UUID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub uuid: String,
    /// SailPoint generated unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Account's unique ID on the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "nativeIdentifier",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub native_identifier: String,
    /// Source ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId", default, deserialize_with = "crate::lenient::string")]
    pub source_id: String,
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceName", default, deserialize_with = "crate::lenient::string")]
    pub source_name: String,
    /// ID of the identity correlated with the account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    /// Name of the identity correlated with the account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "identityName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub identity_name: String,
    /// Account attributes. The attributes' contents depend on the source's account schema.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceAccountCreated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        uuid: impl Into<String>,
        id: impl Into<String>,
        native_identifier: impl Into<String>,
        source_id: impl Into<String>,
        source_name: impl Into<String>,
        identity_id: impl Into<String>,
        identity_name: impl Into<String>,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        SourceAccountCreated {
            uuid: uuid.into(),
            id: id.into(),
            native_identifier: native_identifier.into(),
            source_id: source_id.into(),
            source_name: source_name.into(),
            identity_id: identity_id.into(),
            identity_name: identity_name.into(),
            attributes,
            additional_properties: Default::default(),
        }
    }
}
