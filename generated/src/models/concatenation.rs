//! `Concatenation`, from `v3/schemas/transforms/Concatenation.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Concatenation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Concatenation {
    /// An array of items to join together
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(default)]
    pub values: Vec<serde_json::Value>,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
}

impl Concatenation {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(values: Vec<serde_json::Value>) -> Self {
        Concatenation {
            values,
            requires_periodic_refresh: None,
            input: None,
        }
    }
}
