//! `Provisioningcriteriaoperation`, from `apis/access-profiles/schemas/provisioningcriteriaoperation.yaml`.

/// Supported operations on `ProvisioningCriteria`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Provisioningcriteriaoperation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `HAS`
    Has,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Provisioningcriteriaoperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Provisioningcriteriaoperation::Equals => "EQUALS",
            Provisioningcriteriaoperation::NotEquals => "NOT_EQUALS",
            Provisioningcriteriaoperation::Contains => "CONTAINS",
            Provisioningcriteriaoperation::Has => "HAS",
            Provisioningcriteriaoperation::And => "AND",
            Provisioningcriteriaoperation::Or => "OR",
            Provisioningcriteriaoperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for Provisioningcriteriaoperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Provisioningcriteriaoperation::Equals,
            "NOT_EQUALS" => Provisioningcriteriaoperation::NotEquals,
            "CONTAINS" => Provisioningcriteriaoperation::Contains,
            "HAS" => Provisioningcriteriaoperation::Has,
            "AND" => Provisioningcriteriaoperation::And,
            "OR" => Provisioningcriteriaoperation::Or,
            other => Provisioningcriteriaoperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Provisioningcriteriaoperation);
