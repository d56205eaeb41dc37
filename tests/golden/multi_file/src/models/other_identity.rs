//! `OtherIdentity`, from `schemas/other/Identity.yaml`.

use crate::models::{OtherIdentityType, Source};

/// A different identity shape (`schemas/other/Identity.yaml`), sharing the file stem.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OtherIdentity {
    /// Identity id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Always `IDENTITY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OtherIdentityType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OtherIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        OtherIdentity {
            id: id.into(),
            r#type: None,
            source: None,
            additional_properties: Default::default(),
        }
    }
}
