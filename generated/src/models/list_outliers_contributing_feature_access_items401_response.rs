//! `ListOutliersContributingFeatureAccessItems401Response`, from `beta/paths/outliers-contributing-feature-access-items.yaml#/get`.
/// `ListOutliersContributingFeatureAccessItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOutliersContributingFeatureAccessItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListOutliersContributingFeatureAccessItems401Response {
    /// A `ListOutliersContributingFeatureAccessItems401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListOutliersContributingFeatureAccessItems401Response {
            error: None,
        }
    }
}
