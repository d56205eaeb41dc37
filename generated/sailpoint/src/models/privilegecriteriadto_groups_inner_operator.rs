//! `PrivilegecriteriadtoGroupsInnerOperator`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/groups/items/properties/operator`.

/// The logical operator to apply between criteria items in the group.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoGroupsInnerOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoGroupsInnerOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoGroupsInnerOperator::And => "AND",
            PrivilegecriteriadtoGroupsInnerOperator::Or => "OR",
            PrivilegecriteriadtoGroupsInnerOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrivilegecriteriadtoGroupsInnerOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => PrivilegecriteriadtoGroupsInnerOperator::And,
            "OR" => PrivilegecriteriadtoGroupsInnerOperator::Or,
            other => PrivilegecriteriadtoGroupsInnerOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PrivilegecriteriadtoGroupsInnerOperator);
