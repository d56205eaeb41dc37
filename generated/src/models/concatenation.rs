//! `Concatenation`, from `v3/schemas/transforms/Concatenation.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Concatenation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Concatenation {
    /// An array of items to join together
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub values: Vec<serde_json::Value>,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Concatenation {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(values: Vec<serde_json::Value>) -> Self {
        Concatenation {
            values,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
