//! `TransformsIdentityAttribute`, from `v3/schemas/transforms/IdentityAttribute.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `TransformsIdentityAttribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransformsIdentityAttribute {
    /// The system (camel-cased) name of the identity attribute to bring in
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
}

impl TransformsIdentityAttribute {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        TransformsIdentityAttribute {
            name: name.into(),
            requires_periodic_refresh: None,
            input: None,
        }
    }
}
