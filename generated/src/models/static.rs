//! `Static`, from `v3/schemas/transforms/Static.yaml`.

use crate::models::RequiresPeriodicRefresh;

/// `Static` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Static {
    /// This must evaluate to a JSON string, either through a fixed value or through conditional logic using the Apache Velocity Template Language.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub values: String,
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

impl Static {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(values: impl Into<String>) -> Self {
        Static {
            values: values.into(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}
