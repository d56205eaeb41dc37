//! `PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/groups/items/properties/criteriaItems/items/properties/operator`.

/// The operator to apply to the property and values.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator {
    /// `IN`
    In,
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `DOES_NOT_CONTAIN`
    DoesNotContain,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::In => "IN",
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::Equals => "EQUALS",
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::NotEquals => {
                "NOT_EQUALS"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::Contains => {
                "CONTAINS"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::DoesNotContain => {
                "DOES_NOT_CONTAIN"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::StartsWith => {
                "STARTS_WITH"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::EndsWith => {
                "ENDS_WITH"
            }
            PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IN" => PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::In,
            "EQUALS" => PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::Equals,
            "NOT_EQUALS" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::NotEquals
            }
            "CONTAINS" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::Contains
            }
            "DOES_NOT_CONTAIN" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::DoesNotContain
            }
            "STARTS_WITH" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::StartsWith
            }
            "ENDS_WITH" => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::EndsWith
            }
            other => {
                PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator);
