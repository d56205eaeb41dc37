//! `ListOutliersContributingFeatureAccessItems401Response`, from `beta/paths/outliers-contributing-feature-access-items.yaml#/get`.

/// `ListOutliersContributingFeatureAccessItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOutliersContributingFeatureAccessItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListOutliersContributingFeatureAccessItems401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListOutliersContributingFeatureAccessItems401Response {
            error: None,
        }
    }
}
