//! `AccessRequestPostApprovalRequestedItemsStatusInnerType`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items/properties/type`.

/// Access item's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPostApprovalRequestedItemsStatusInnerType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestPostApprovalRequestedItemsStatusInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPostApprovalRequestedItemsStatusInnerType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            AccessRequestPostApprovalRequestedItemsStatusInnerType::Role => "ROLE",
            AccessRequestPostApprovalRequestedItemsStatusInnerType::Entitlement => {
                "ENTITLEMENT"
            }
            AccessRequestPostApprovalRequestedItemsStatusInnerType::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for AccessRequestPostApprovalRequestedItemsStatusInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => {
                AccessRequestPostApprovalRequestedItemsStatusInnerType::AccessProfile
            }
            "ROLE" => AccessRequestPostApprovalRequestedItemsStatusInnerType::Role,
            "ENTITLEMENT" => {
                AccessRequestPostApprovalRequestedItemsStatusInnerType::Entitlement
            }
            other => {
                AccessRequestPostApprovalRequestedItemsStatusInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestPostApprovalRequestedItemsStatusInnerType);
