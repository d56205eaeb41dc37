//! `BaseRecord`, from `openapi.yaml#/components/schemas/BaseRecord`.

/// Base object for allOf.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BaseRecord {
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
}

impl BaseRecord {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        BaseRecord {
            id: id.into(),
            created: None,
        }
    }
}
