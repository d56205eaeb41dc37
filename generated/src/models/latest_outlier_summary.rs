//! `LatestOutlierSummary`, from `beta/schemas/LatestOutlierSummary.yaml`.

use crate::models::LatestOutlierSummaryType;

/// `LatestOutlierSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LatestOutlierSummary {
    /// The type of outlier summary
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LatestOutlierSummaryType>,
    /// The date the bulk outlier detection ran/snapshot was created
    #[serde(
        rename = "snapshotDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub snapshot_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Total number of outliers for the customer making the request
    #[serde(rename = "totalOutliers", default, skip_serializing_if = "Option::is_none")]
    pub total_outliers: Option<i64>,
    /// Total number of identities for the customer making the request
    #[serde(
        rename = "totalIdentities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_identities: Option<i64>,
    /// Total number of ignored outliers
    #[serde(rename = "totalIgnored", default, skip_serializing_if = "Option::is_none")]
    pub total_ignored: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LatestOutlierSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LatestOutlierSummary {
            r#type: None,
            snapshot_date: None,
            total_outliers: None,
            total_identities: None,
            total_ignored: None,
            additional_properties: Default::default(),
        }
    }
}
