//! `SourcePasswordPoliciesInner`, from `beta/schemas/Source.yaml`.
use crate::models::SourcePasswordPoliciesInnerType;
/// `SourcePasswordPoliciesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourcePasswordPoliciesInner {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourcePasswordPoliciesInnerType>,
    /// Policy ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Policy's human-readable display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl SourcePasswordPoliciesInner {
    /// A `SourcePasswordPoliciesInner` with the given required fields and the others empty.
    pub fn new() -> Self {
        SourcePasswordPoliciesInner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
