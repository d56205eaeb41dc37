//! `PrivilegecriteriadtoOperator`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/operator`.

/// The logical operator to apply between groups.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoOperator::And => "AND",
            PrivilegecriteriadtoOperator::Or => "OR",
            PrivilegecriteriadtoOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrivilegecriteriadtoOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => PrivilegecriteriadtoOperator::And,
            "OR" => PrivilegecriteriadtoOperator::Or,
            other => PrivilegecriteriadtoOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PrivilegecriteriadtoOperator);
