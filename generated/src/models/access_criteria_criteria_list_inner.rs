//! `AccessCriteriaCriteriaListInner`, from `beta/schemas/AccessCriteria.yaml#/properties/criteriaList/items`.

use crate::models::AccessCriteriaCriteriaListInnerType;

/// `AccessCriteriaCriteriaListInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessCriteriaCriteriaListInner {
    /// DTO type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessCriteriaCriteriaListInnerType>,
    /// ID of the object to which this reference applies to
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies to
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl AccessCriteriaCriteriaListInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessCriteriaCriteriaListInner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
