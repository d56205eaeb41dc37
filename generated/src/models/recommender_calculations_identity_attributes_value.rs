//! `RecommenderCalculationsIdentityAttributesValue`, from `beta/schemas/RecommenderCalculations.yaml`.
/// `RecommenderCalculationsIdentityAttributesValue` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecommenderCalculationsIdentityAttributesValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl RecommenderCalculationsIdentityAttributesValue {
    /// A `RecommenderCalculationsIdentityAttributesValue` with the given required fields and the others empty.
    pub fn new() -> Self {
        RecommenderCalculationsIdentityAttributesValue {
            value: None,
        }
    }
}
