//! `CreateprivilegecriteriarequestGroupsInnerOperator`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/groups/items/properties/operator`.

/// The logical operator to apply between criteria items in the group.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateprivilegecriteriarequestGroupsInnerOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CreateprivilegecriteriarequestGroupsInnerOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateprivilegecriteriarequestGroupsInnerOperator::And => "AND",
            CreateprivilegecriteriarequestGroupsInnerOperator::Or => "OR",
            CreateprivilegecriteriarequestGroupsInnerOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateprivilegecriteriarequestGroupsInnerOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => CreateprivilegecriteriarequestGroupsInnerOperator::And,
            "OR" => CreateprivilegecriteriarequestGroupsInnerOperator::Or,
            other => {
                CreateprivilegecriteriarequestGroupsInnerOperator::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(CreateprivilegecriteriarequestGroupsInnerOperator);
