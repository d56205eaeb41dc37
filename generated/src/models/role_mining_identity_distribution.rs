//! `RoleMiningIdentityDistribution`, from `beta/schemas/RoleMiningIdentityDistribution.yaml`.

use crate::models::RoleMiningIdentityDistributionDistributionInner;

/// `RoleMiningIdentityDistribution` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningIdentityDistribution {
    /// Id of the potential role
    #[serde(
        rename = "attributeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Vec<RoleMiningIdentityDistributionDistributionInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningIdentityDistribution {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningIdentityDistribution {
            attribute_name: None,
            distribution: None,
            additional_properties: Default::default(),
        }
    }
}
