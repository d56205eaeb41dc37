//! `UuidGenerator`, from `v3/schemas/transforms/UUIDGenerator.yaml`.

use crate::models::RequiresPeriodicRefresh;

/// `UuidGenerator` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UuidGenerator {
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UuidGenerator {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UuidGenerator {
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}
