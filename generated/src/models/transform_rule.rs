//! `TransformRule`, from `v3/schemas/transforms/rules/TransformRule.yaml`.

use crate::models::RequiresPeriodicRefresh;

/// `TransformRule` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransformRule {
    /// This is the name of the Transform rule that needs to be invoked by the transform
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
}

impl TransformRule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        TransformRule {
            name: name.into(),
            requires_periodic_refresh: None,
        }
    }
}
