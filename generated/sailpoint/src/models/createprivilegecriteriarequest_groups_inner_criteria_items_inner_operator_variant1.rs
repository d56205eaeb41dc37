//! `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/groups/items/properties/criteriaItems/items/properties/operator/oneOf/0`.

/// `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1 {
    /// `displayName`
    DisplayName,
    /// `description`
    Description,
    /// `value`
    Value,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1 {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::DisplayName => {
                "displayName"
            }
            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::Description => {
                "description"
            }
            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::Value => {
                "value"
            }
            CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1 {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "displayName" => {
                CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::DisplayName
            }
            "description" => {
                CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::Description
            }
            "value" => {
                CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::Value
            }
            other => {
                CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1
);
