//! `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/groups/items/properties/criteriaItems/items/properties/targetType`.

/// The target type of the criteria item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType {
    /// `group`
    Group,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType::Group => {
                "group"
            }
            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "group" => {
                CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType::Group
            }
            other => {
                CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType
);
