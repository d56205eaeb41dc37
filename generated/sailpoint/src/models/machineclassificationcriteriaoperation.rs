//! `Machineclassificationcriteriaoperation`, from `apis/machine-classification-config/schemas/machineclassificationcriteriaoperation.yaml`.

/// An operation to perform on the classification criteria
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Machineclassificationcriteriaoperation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `CONTAINS`
    Contains,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Machineclassificationcriteriaoperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Machineclassificationcriteriaoperation::Equals => "EQUALS",
            Machineclassificationcriteriaoperation::NotEquals => "NOT_EQUALS",
            Machineclassificationcriteriaoperation::StartsWith => "STARTS_WITH",
            Machineclassificationcriteriaoperation::EndsWith => "ENDS_WITH",
            Machineclassificationcriteriaoperation::Contains => "CONTAINS",
            Machineclassificationcriteriaoperation::And => "AND",
            Machineclassificationcriteriaoperation::Or => "OR",
            Machineclassificationcriteriaoperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for Machineclassificationcriteriaoperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Machineclassificationcriteriaoperation::Equals,
            "NOT_EQUALS" => Machineclassificationcriteriaoperation::NotEquals,
            "STARTS_WITH" => Machineclassificationcriteriaoperation::StartsWith,
            "ENDS_WITH" => Machineclassificationcriteriaoperation::EndsWith,
            "CONTAINS" => Machineclassificationcriteriaoperation::Contains,
            "AND" => Machineclassificationcriteriaoperation::And,
            "OR" => Machineclassificationcriteriaoperation::Or,
            other => Machineclassificationcriteriaoperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Machineclassificationcriteriaoperation);
