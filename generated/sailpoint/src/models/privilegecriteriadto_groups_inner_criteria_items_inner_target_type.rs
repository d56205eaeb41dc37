//! `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/groups/items/properties/criteriaItems/items/properties/targetType`.

/// The target type for the criteria item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType {
    /// `group`
    Group,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType::Group => "group",
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "group" => PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType::Group,
            other => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType);
