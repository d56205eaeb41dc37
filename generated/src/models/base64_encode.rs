//! `Base64Encode`, from `v3/schemas/transforms/Base64Encode.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Base64Encode` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Base64Encode {
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
}

impl Base64Encode {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Base64Encode {
            requires_periodic_refresh: None,
            input: None,
        }
    }
}
