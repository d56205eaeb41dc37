//! `Error`, from `schemas/Error.yaml`.

use crate::models::ErrorMessagesInner;

/// An error; its name `Error` clashes with common Rust names.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error {
    /// Fine-grained error code.
    #[serde(
        rename = "detailCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub detail_code: Option<String>,
    /// Unique tracking id for the error.
    #[serde(
        rename = "trackingId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub tracking_id: Option<String>,
    /// Generic localized reason for the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ErrorMessagesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Error {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Error {
            detail_code: None,
            tracking_id: None,
            messages: None,
            additional_properties: Default::default(),
        }
    }
}
