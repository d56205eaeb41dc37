//! `Error`, from `schemas/Error.yaml`.

use crate::models::ErrorMessagesInner;

/// An error; its name `Error` clashes with common Rust names.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl Error {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Error {
            detail_code: None,
            tracking_id: None,
            messages: None,
        }
    }
}
