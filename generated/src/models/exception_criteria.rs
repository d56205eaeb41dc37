//! `ExceptionCriteria`, from `beta/schemas/sod/models/ExceptionCriteria.yaml`.

use crate::models::ExceptionCriteriaCriteriaListInner;

/// `ExceptionCriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExceptionCriteria {
    /// List of exception criteria. There is a min of 1 and max of 50 items in the list.
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<ExceptionCriteriaCriteriaListInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExceptionCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExceptionCriteria {
            criteria_list: None,
            additional_properties: Default::default(),
        }
    }
}
