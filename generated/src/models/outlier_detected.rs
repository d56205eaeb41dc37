//! `OutlierDetected`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml`.

use crate::models::{OutlierDetectedIdentity, OutlierDetectedOutlierType};

/// `OutlierDetected` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutlierDetected {
    /// Identity with unusual access, relative to its peers.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<OutlierDetectedIdentity>,
    /// Identity's outlier type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "outlierType", default, skip_serializing_if = "Option::is_none")]
    pub outlier_type: Option<OutlierDetectedOutlierType>,
    /// Dissimilarity score that determines whether the identity is an outlier, ranging from `0.0` to `1.0`. The higher the score, the more likely the identity is an outlier.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub score: f64,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutlierDetected {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: OutlierDetectedIdentity,
        outlier_type: OutlierDetectedOutlierType,
        score: f64,
    ) -> Self {
        OutlierDetected {
            identity: Some(identity),
            outlier_type: Some(outlier_type),
            score,
            additional_properties: Default::default(),
        }
    }
}
