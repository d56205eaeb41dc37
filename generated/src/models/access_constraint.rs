//! `AccessConstraint`, from `beta/schemas/AccessConstraint.yaml`.

use crate::models::{AccessConstraintOperator, AccessConstraintType};

/// `AccessConstraint` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessConstraint {
    /// Type of Access
    pub r#type: AccessConstraintType,
    /// Must be set only if operator is SELECTED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
    pub operator: AccessConstraintOperator,
}

impl AccessConstraint {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        r#type: AccessConstraintType,
        operator: AccessConstraintOperator,
    ) -> Self {
        AccessConstraint {
            r#type,
            ids: None,
            operator,
        }
    }
}
