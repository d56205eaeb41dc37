//! `Lower`, from `v3/schemas/transforms/Lower.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Lower` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lower {
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
}

impl Lower {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Lower {
            requires_periodic_refresh: None,
            input: None,
        }
    }
}
