//! `RoleMiningIdentityDistributionDistributionInner`, from `beta/schemas/RoleMiningIdentityDistribution.yaml#/properties/distribution/items`.

/// `RoleMiningIdentityDistributionDistributionInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningIdentityDistributionDistributionInner {
    /// The attribute value that identities are grouped by
    #[serde(
        rename = "attributeValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_value: Option<String>,
    /// The number of identities that have this attribute value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningIdentityDistributionDistributionInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningIdentityDistributionDistributionInner {
            attribute_value: None,
            count: None,
            additional_properties: Default::default(),
        }
    }
}
