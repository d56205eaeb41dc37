//! `ProvisioningCriteriaOperation`, from `v3/schemas/access/ProvisioningCriteriaOperation.yaml`.

/// Supported operations on `ProvisioningCriteria`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCriteriaOperation {
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

impl ProvisioningCriteriaOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCriteriaOperation::Equals => "EQUALS",
            ProvisioningCriteriaOperation::NotEquals => "NOT_EQUALS",
            ProvisioningCriteriaOperation::Contains => "CONTAINS",
            ProvisioningCriteriaOperation::Has => "HAS",
            ProvisioningCriteriaOperation::And => "AND",
            ProvisioningCriteriaOperation::Or => "OR",
            ProvisioningCriteriaOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningCriteriaOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => ProvisioningCriteriaOperation::Equals,
            "NOT_EQUALS" => ProvisioningCriteriaOperation::NotEquals,
            "CONTAINS" => ProvisioningCriteriaOperation::Contains,
            "HAS" => ProvisioningCriteriaOperation::Has,
            "AND" => ProvisioningCriteriaOperation::And,
            "OR" => ProvisioningCriteriaOperation::Or,
            other => ProvisioningCriteriaOperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProvisioningCriteriaOperation);
