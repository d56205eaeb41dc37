//! `FullDiscoveredApplications`, from `beta/schemas/FullDiscoveredApplications.yaml`.

use crate::models::FullDiscoveredApplicationsRiskLevel;

/// Discovered applications with their respective associated sources
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FullDiscoveredApplications {
    /// Unique identifier for the discovered application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the discovered application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Source from which the application was discovered.
    #[serde(
        rename = "discoverySource",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub discovery_source: Option<String>,
    /// The vendor associated with the discovered application.
    #[serde(
        rename = "discoveredVendor",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub discovered_vendor: Option<String>,
    /// A brief description of the discovered application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// List of recommended connectors for the application.
    #[serde(
        rename = "recommendedConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recommended_connectors: Option<Vec<String>>,
    /// The timestamp when the application was last received via an entitlement aggregation invocation  or a manual csv upload, in ISO 8601 format.
    #[serde(
        rename = "discoveredAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub discovered_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The timestamp when the application was first discovered, in ISO 8601 format.
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The status of an application within the discovery source.
    ///
    /// By default this field is set to "ACTIVE" when the application is discovered.
    ///
    /// If an application has been deleted from within the discovery source, the status will be set to "INACTIVE".
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// List of associated sources related to this discovered application.
    #[serde(
        rename = "associatedSources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub associated_sources: Option<Vec<String>>,
    /// The risk score of the application ranging from 0-100, 100 being highest risk.
    #[serde(rename = "riskScore", default, skip_serializing_if = "Option::is_none")]
    pub risk_score: Option<i32>,
    /// Indicates whether the application is used for business purposes.
    #[serde(
        rename = "isBusiness",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_business: Option<bool>,
    /// The total number of sign-in accounts for the application.
    #[serde(
        rename = "totalSigninsCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_signins_count: Option<i32>,
    /// The risk level of the application.
    #[serde(rename = "riskLevel", default, skip_serializing_if = "Option::is_none")]
    pub risk_level: Option<FullDiscoveredApplicationsRiskLevel>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FullDiscoveredApplications {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FullDiscoveredApplications {
            id: None,
            name: None,
            discovery_source: None,
            discovered_vendor: None,
            description: None,
            recommended_connectors: None,
            discovered_at: None,
            created_at: None,
            status: None,
            associated_sources: None,
            risk_score: None,
            is_business: None,
            total_signins_count: None,
            risk_level: None,
            additional_properties: Default::default(),
        }
    }
}
