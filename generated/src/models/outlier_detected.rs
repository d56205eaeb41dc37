//! `OutlierDetected`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml`.

use crate::models::{OutlierDetectedIdentity, OutlierDetectedOutlierType};

/// `OutlierDetected` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutlierDetected {
    /// Identity with unusual access, relative to its peers.
    pub identity: OutlierDetectedIdentity,
    /// Identity's outlier type.
    #[serde(rename = "outlierType")]
    pub outlier_type: OutlierDetectedOutlierType,
    /// Dissimilarity score that determines whether the identity is an outlier, ranging from `0.0` to `1.0`. The higher the score, the more likely the identity is an outlier.
    #[serde(default)]
    pub score: f64,
}

impl OutlierDetected {
    /// Builds the value from its required fields.
    pub fn new(
        identity: OutlierDetectedIdentity,
        outlier_type: OutlierDetectedOutlierType,
        score: f64,
    ) -> Self {
        OutlierDetected {
            identity,
            outlier_type,
            score,
        }
    }
}
