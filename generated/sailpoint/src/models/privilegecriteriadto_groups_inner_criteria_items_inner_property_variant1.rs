//! `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/groups/items/properties/criteriaItems/items/properties/property/oneOf/0`.

/// `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1 {
    /// `displayName`
    DisplayName,
    /// `description`
    Description,
    /// `value`
    Value,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1 {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::DisplayName => {
                "displayName"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::Description => {
                "description"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::Value => {
                "value"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1 {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "displayName" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::DisplayName
            }
            "description" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::Description
            }
            "value" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::Value
            }
            other => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1
);
