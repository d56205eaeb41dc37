//! `TransformsIdentityAttribute`, from `v3/schemas/transforms/IdentityAttribute.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `TransformsIdentityAttribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TransformsIdentityAttribute {
    /// The system (camel-cased) name of the identity attribute to bring in
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsIdentityAttribute {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        TransformsIdentityAttribute {
            name: name.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
