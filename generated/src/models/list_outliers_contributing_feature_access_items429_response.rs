//! `ListOutliersContributingFeatureAccessItems429Response`, from `beta/paths/outliers-contributing-feature-access-items.yaml#/get`.

/// `ListOutliersContributingFeatureAccessItems429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOutliersContributingFeatureAccessItems429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListOutliersContributingFeatureAccessItems429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListOutliersContributingFeatureAccessItems429Response {
            message: None,
        }
    }
}
