//! `OtherIdentity`, from `schemas/other/Identity.yaml`.

use crate::models::{OtherIdentityType, Source};

/// A different identity shape (`schemas/other/Identity.yaml`), sharing the file stem.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OtherIdentity {
    /// Identity id.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Always `IDENTITY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OtherIdentityType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl OtherIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        OtherIdentity {
            id: id.into(),
            r#type: None,
            source: None,
        }
    }
}
