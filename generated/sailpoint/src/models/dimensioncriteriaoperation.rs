//! `Dimensioncriteriaoperation`, from `apis/dimensions/schemas/dimensioncriteriaoperation.yaml`.

/// An operation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Dimensioncriteriaoperation {
    /// `EQUALS`
    Equals,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Dimensioncriteriaoperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Dimensioncriteriaoperation::Equals => "EQUALS",
            Dimensioncriteriaoperation::And => "AND",
            Dimensioncriteriaoperation::Or => "OR",
            Dimensioncriteriaoperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for Dimensioncriteriaoperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Dimensioncriteriaoperation::Equals,
            "AND" => Dimensioncriteriaoperation::And,
            "OR" => Dimensioncriteriaoperation::Or,
            other => Dimensioncriteriaoperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Dimensioncriteriaoperation);
