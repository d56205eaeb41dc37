//! `AccessrequestpreapprovalRequestedItemsInnerType`, from `apis/triggers/schemas/accessrequestpreapproval.yaml#/properties/requestedItems/items/properties/type`.

/// The type of access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestpreapprovalRequestedItemsInnerType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestpreapprovalRequestedItemsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestpreapprovalRequestedItemsInnerType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            AccessrequestpreapprovalRequestedItemsInnerType::Role => "ROLE",
            AccessrequestpreapprovalRequestedItemsInnerType::Entitlement => "ENTITLEMENT",
            AccessrequestpreapprovalRequestedItemsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestpreapprovalRequestedItemsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => {
                AccessrequestpreapprovalRequestedItemsInnerType::AccessProfile
            }
            "ROLE" => AccessrequestpreapprovalRequestedItemsInnerType::Role,
            "ENTITLEMENT" => AccessrequestpreapprovalRequestedItemsInnerType::Entitlement,
            other => {
                AccessrequestpreapprovalRequestedItemsInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestpreapprovalRequestedItemsInnerType);
