//! `Reassignment`, from `beta/schemas/Reassignment.yaml`.

use crate::models::CertificationReference;

/// `Reassignment` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reassignment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<CertificationReference>,
    /// Comments from the previous reviewer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
}

impl Reassignment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Reassignment {
            from: None,
            comment: None,
        }
    }
}
