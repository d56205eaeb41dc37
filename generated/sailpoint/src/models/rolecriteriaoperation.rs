//! `Rolecriteriaoperation`, from `apis/roles/schemas/rolecriteriaoperation.yaml`.

/// An operation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rolecriteriaoperation {
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

impl Rolecriteriaoperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Rolecriteriaoperation::Equals => "EQUALS",
            Rolecriteriaoperation::NotEquals => "NOT_EQUALS",
            Rolecriteriaoperation::Contains => "CONTAINS",
            Rolecriteriaoperation::DoesNotContain => "DOES_NOT_CONTAIN",
            Rolecriteriaoperation::StartsWith => "STARTS_WITH",
            Rolecriteriaoperation::EndsWith => "ENDS_WITH",
            Rolecriteriaoperation::GreaterThan => "GREATER_THAN",
            Rolecriteriaoperation::LessThan => "LESS_THAN",
            Rolecriteriaoperation::GreaterThanEquals => "GREATER_THAN_EQUALS",
            Rolecriteriaoperation::LessThanEquals => "LESS_THAN_EQUALS",
            Rolecriteriaoperation::And => "AND",
            Rolecriteriaoperation::Or => "OR",
            Rolecriteriaoperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for Rolecriteriaoperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Rolecriteriaoperation::Equals,
            "NOT_EQUALS" => Rolecriteriaoperation::NotEquals,
            "CONTAINS" => Rolecriteriaoperation::Contains,
            "DOES_NOT_CONTAIN" => Rolecriteriaoperation::DoesNotContain,
            "STARTS_WITH" => Rolecriteriaoperation::StartsWith,
            "ENDS_WITH" => Rolecriteriaoperation::EndsWith,
            "GREATER_THAN" => Rolecriteriaoperation::GreaterThan,
            "LESS_THAN" => Rolecriteriaoperation::LessThan,
            "GREATER_THAN_EQUALS" => Rolecriteriaoperation::GreaterThanEquals,
            "LESS_THAN_EQUALS" => Rolecriteriaoperation::LessThanEquals,
            "AND" => Rolecriteriaoperation::And,
            "OR" => Rolecriteriaoperation::Or,
            other => Rolecriteriaoperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Rolecriteriaoperation);
