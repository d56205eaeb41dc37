//! `RoleInsightsEntitlementChanges`, from `beta/schemas/RoleInsightsEntitlementChanges.yaml`.

use crate::models::RoleInsightsInsight;

/// `RoleInsightsEntitlementChanges` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInsightsEntitlementChanges {
    /// Name of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Id of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Description for the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Attribute for the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    /// Attribute value for the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// Source or the application for the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source: Option<String>,
    /// The kind of insight this is and some stats
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insight: Option<RoleInsightsInsight>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleInsightsEntitlementChanges {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleInsightsEntitlementChanges {
            name: None,
            id: None,
            description: None,
            attribute: None,
            value: None,
            source: None,
            insight: None,
            additional_properties: Default::default(),
        }
    }
}
