//! `AccessRequestPreApprovalRequestedItemsInnerType`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml#/properties/requestedItems/items/properties/type`.

/// Access item's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPreApprovalRequestedItemsInnerType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestPreApprovalRequestedItemsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPreApprovalRequestedItemsInnerType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            AccessRequestPreApprovalRequestedItemsInnerType::Role => "ROLE",
            AccessRequestPreApprovalRequestedItemsInnerType::Entitlement => "ENTITLEMENT",
            AccessRequestPreApprovalRequestedItemsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestPreApprovalRequestedItemsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => {
                AccessRequestPreApprovalRequestedItemsInnerType::AccessProfile
            }
            "ROLE" => AccessRequestPreApprovalRequestedItemsInnerType::Role,
            "ENTITLEMENT" => AccessRequestPreApprovalRequestedItemsInnerType::Entitlement,
            other => {
                AccessRequestPreApprovalRequestedItemsInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestPreApprovalRequestedItemsInnerType);
