//! `ExtendedRecord`, from `openapi.yaml#/components/schemas/ExtendedRecord`.

/// allOf of a $ref'd base plus inline properties with their own required list.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExtendedRecord {
    /// Id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Creation time.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Kind of record.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub kind: String,
    /// Free text.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub notes: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExtendedRecord {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, kind: impl Into<String>) -> Self {
        ExtendedRecord {
            id: id.into(),
            created: None,
            kind: kind.into(),
            notes: None,
            additional_properties: Default::default(),
        }
    }
}
