//! `AccessconstraintOperator`, from `apis/certification-campaigns/schemas/accessconstraint.yaml#/properties/operator`.

/// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessconstraintOperator {
    /// `ALL`
    All,
    /// `SELECTED`
    Selected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessconstraintOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessconstraintOperator::All => "ALL",
            AccessconstraintOperator::Selected => "SELECTED",
            AccessconstraintOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessconstraintOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => AccessconstraintOperator::All,
            "SELECTED" => AccessconstraintOperator::Selected,
            other => AccessconstraintOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessconstraintOperator);
