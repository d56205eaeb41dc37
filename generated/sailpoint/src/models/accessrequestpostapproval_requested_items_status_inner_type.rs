//! `AccessrequestpostapprovalRequestedItemsStatusInnerType`, from `apis/triggers/schemas/accessrequestpostapproval.yaml#/properties/requestedItemsStatus/items/properties/type`.

/// The type of access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestpostapprovalRequestedItemsStatusInnerType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestpostapprovalRequestedItemsStatusInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestpostapprovalRequestedItemsStatusInnerType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            AccessrequestpostapprovalRequestedItemsStatusInnerType::Role => "ROLE",
            AccessrequestpostapprovalRequestedItemsStatusInnerType::Entitlement => {
                "ENTITLEMENT"
            }
            AccessrequestpostapprovalRequestedItemsStatusInnerType::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for AccessrequestpostapprovalRequestedItemsStatusInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => {
                AccessrequestpostapprovalRequestedItemsStatusInnerType::AccessProfile
            }
            "ROLE" => AccessrequestpostapprovalRequestedItemsStatusInnerType::Role,
            "ENTITLEMENT" => {
                AccessrequestpostapprovalRequestedItemsStatusInnerType::Entitlement
            }
            other => {
                AccessrequestpostapprovalRequestedItemsStatusInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestpostapprovalRequestedItemsStatusInnerType);
