//! `DimensionsProvisioningcriteriaoperation`, from `apis/dimensions/schemas/provisioningcriteriaoperation.yaml`.

/// Supported operations on `ProvisioningCriteria`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DimensionsProvisioningcriteriaoperation {
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

impl DimensionsProvisioningcriteriaoperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DimensionsProvisioningcriteriaoperation::Equals => "EQUALS",
            DimensionsProvisioningcriteriaoperation::NotEquals => "NOT_EQUALS",
            DimensionsProvisioningcriteriaoperation::Contains => "CONTAINS",
            DimensionsProvisioningcriteriaoperation::Has => "HAS",
            DimensionsProvisioningcriteriaoperation::And => "AND",
            DimensionsProvisioningcriteriaoperation::Or => "OR",
            DimensionsProvisioningcriteriaoperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for DimensionsProvisioningcriteriaoperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => DimensionsProvisioningcriteriaoperation::Equals,
            "NOT_EQUALS" => DimensionsProvisioningcriteriaoperation::NotEquals,
            "CONTAINS" => DimensionsProvisioningcriteriaoperation::Contains,
            "HAS" => DimensionsProvisioningcriteriaoperation::Has,
            "AND" => DimensionsProvisioningcriteriaoperation::And,
            "OR" => DimensionsProvisioningcriteriaoperation::Or,
            other => DimensionsProvisioningcriteriaoperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DimensionsProvisioningcriteriaoperation);
