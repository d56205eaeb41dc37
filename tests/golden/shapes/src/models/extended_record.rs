//! `ExtendedRecord`, from `openapi.yaml#/components/schemas/ExtendedRecord`.

/// allOf of a $ref'd base plus inline properties with their own required list.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExtendedRecord {
    /// Id.
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
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub kind: String,
    /// Free text.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub notes: Option<String>,
}

impl ExtendedRecord {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, kind: impl Into<String>) -> Self {
        ExtendedRecord {
            id: id.into(),
            created: None,
            kind: kind.into(),
            notes: None,
        }
    }
}
