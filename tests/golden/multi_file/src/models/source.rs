//! `Source`, from `schemas/Source.yaml`.

/// The legacy source (`schemas/Source.yaml`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// Source id.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Connector name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector: Option<String>,
}

impl Source {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            name: None,
            connector: None,
        }
    }
}
