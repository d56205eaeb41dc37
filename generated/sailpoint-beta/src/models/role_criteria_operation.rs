//! `RoleCriteriaOperation`, from `v3/schemas/access/RoleCriteriaOperation.yaml`.

/// An operation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleCriteriaOperation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `DOES_NOT_CONTAIN`
    DoesNotContain,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `GREATER_THAN`
    GreaterThan,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN_EQUALS`
    GreaterThanEquals,
    /// `LESS_THAN_EQUALS`
    LessThanEquals,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleCriteriaOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleCriteriaOperation::Equals => "EQUALS",
            RoleCriteriaOperation::NotEquals => "NOT_EQUALS",
            RoleCriteriaOperation::Contains => "CONTAINS",
            RoleCriteriaOperation::DoesNotContain => "DOES_NOT_CONTAIN",
            RoleCriteriaOperation::StartsWith => "STARTS_WITH",
            RoleCriteriaOperation::EndsWith => "ENDS_WITH",
            RoleCriteriaOperation::GreaterThan => "GREATER_THAN",
            RoleCriteriaOperation::LessThan => "LESS_THAN",
            RoleCriteriaOperation::GreaterThanEquals => "GREATER_THAN_EQUALS",
            RoleCriteriaOperation::LessThanEquals => "LESS_THAN_EQUALS",
            RoleCriteriaOperation::And => "AND",
            RoleCriteriaOperation::Or => "OR",
            RoleCriteriaOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleCriteriaOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => RoleCriteriaOperation::Equals,
            "NOT_EQUALS" => RoleCriteriaOperation::NotEquals,
            "CONTAINS" => RoleCriteriaOperation::Contains,
            "DOES_NOT_CONTAIN" => RoleCriteriaOperation::DoesNotContain,
            "STARTS_WITH" => RoleCriteriaOperation::StartsWith,
            "ENDS_WITH" => RoleCriteriaOperation::EndsWith,
            "GREATER_THAN" => RoleCriteriaOperation::GreaterThan,
            "LESS_THAN" => RoleCriteriaOperation::LessThan,
            "GREATER_THAN_EQUALS" => RoleCriteriaOperation::GreaterThanEquals,
            "LESS_THAN_EQUALS" => RoleCriteriaOperation::LessThanEquals,
            "AND" => RoleCriteriaOperation::And,
            "OR" => RoleCriteriaOperation::Or,
            other => RoleCriteriaOperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleCriteriaOperation);
