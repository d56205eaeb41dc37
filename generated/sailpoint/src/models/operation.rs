//! `Operation`, from `apis/certification-campaign-filters/schemas/operation.yaml`.

/// Operation on a specific criteria
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Operation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Operation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Operation::Equals => "EQUALS",
            Operation::NotEquals => "NOT_EQUALS",
            Operation::Contains => "CONTAINS",
            Operation::StartsWith => "STARTS_WITH",
            Operation::EndsWith => "ENDS_WITH",
            Operation::And => "AND",
            Operation::Or => "OR",
            Operation::Unknown(value) => value,
        }
    }
}

impl From<&str> for Operation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Operation::Equals,
            "NOT_EQUALS" => Operation::NotEquals,
            "CONTAINS" => Operation::Contains,
            "STARTS_WITH" => Operation::StartsWith,
            "ENDS_WITH" => Operation::EndsWith,
            "AND" => Operation::And,
            "OR" => Operation::Or,
            other => Operation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Operation);
