//! `AccessConstraintOperator`, from `beta/schemas/AccessConstraint.yaml#/properties/operator`.

/// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessConstraintOperator {
    /// `ALL`
    All,
    /// `SELECTED`
    Selected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessConstraintOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessConstraintOperator::All => "ALL",
            AccessConstraintOperator::Selected => "SELECTED",
            AccessConstraintOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessConstraintOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => AccessConstraintOperator::All,
            "SELECTED" => AccessConstraintOperator::Selected,
            other => AccessConstraintOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessConstraintOperator);
