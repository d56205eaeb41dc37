//! `AccessRequestDynamicApproverRequestedItemsInnerType`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml#/properties/requestedItems/items/properties/type`.

/// Type of access item being requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestDynamicApproverRequestedItemsInnerType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestDynamicApproverRequestedItemsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestDynamicApproverRequestedItemsInnerType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            AccessRequestDynamicApproverRequestedItemsInnerType::Role => "ROLE",
            AccessRequestDynamicApproverRequestedItemsInnerType::Entitlement => {
                "ENTITLEMENT"
            }
            AccessRequestDynamicApproverRequestedItemsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestDynamicApproverRequestedItemsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => {
                AccessRequestDynamicApproverRequestedItemsInnerType::AccessProfile
            }
            "ROLE" => AccessRequestDynamicApproverRequestedItemsInnerType::Role,
            "ENTITLEMENT" => {
                AccessRequestDynamicApproverRequestedItemsInnerType::Entitlement
            }
            other => {
                AccessRequestDynamicApproverRequestedItemsInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestDynamicApproverRequestedItemsInnerType);
