//! `UuidGenerator`, from `v3/schemas/transforms/UUIDGenerator.yaml`.

use crate::models::RequiresPeriodicRefresh;

/// `UuidGenerator` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UuidGenerator {
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
}

impl UuidGenerator {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UuidGenerator {
            requires_periodic_refresh: None,
        }
    }
}
