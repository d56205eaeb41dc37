//! `RoleMiningEntitlement`, from `beta/schemas/RoleMiningEntitlement.yaml`.

use crate::models::RoleMiningEntitlementRef;

/// `RoleMiningEntitlement` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningEntitlement {
    /// Details about the entitlement
    #[serde(rename = "entitlementRef", default, skip_serializing_if = "Option::is_none")]
    pub entitlement_ref: Option<RoleMiningEntitlementRef>,
    /// Name of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Application name of the entitlement
    #[serde(
        rename = "applicationName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_name: Option<String>,
    /// The number of identities with this entitlement in a role.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The % popularity of this entitlement in a role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub popularity: Option<f32>,
    /// The % popularity of this entitlement in the org.
    #[serde(
        rename = "popularityInOrg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub popularity_in_org: Option<f32>,
    /// The ID of the source/application.
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// The status of activity data for the source.   Value is complete or notComplete.
    #[serde(
        rename = "activitySourceState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub activity_source_state: Option<String>,
    /// The percentage of identities in the potential role that have usage of the source/application of this entitlement.
    #[serde(
        rename = "sourceUsagePercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_usage_percent: Option<f32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningEntitlement {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningEntitlement {
            entitlement_ref: None,
            name: None,
            application_name: None,
            identity_count: None,
            popularity: None,
            popularity_in_org: None,
            source_id: None,
            activity_source_state: None,
            source_usage_percent: None,
            additional_properties: Default::default(),
        }
    }
}
