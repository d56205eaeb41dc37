//! `AccessrequestdynamicapproverRequestedItemsInnerType`, from `apis/triggers/schemas/accessrequestdynamicapprover.yaml#/properties/requestedItems/items/properties/type`.

/// The type of access item being requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestdynamicapproverRequestedItemsInnerType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestdynamicapproverRequestedItemsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestdynamicapproverRequestedItemsInnerType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            AccessrequestdynamicapproverRequestedItemsInnerType::Role => "ROLE",
            AccessrequestdynamicapproverRequestedItemsInnerType::Entitlement => {
                "ENTITLEMENT"
            }
            AccessrequestdynamicapproverRequestedItemsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestdynamicapproverRequestedItemsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => {
                AccessrequestdynamicapproverRequestedItemsInnerType::AccessProfile
            }
            "ROLE" => AccessrequestdynamicapproverRequestedItemsInnerType::Role,
            "ENTITLEMENT" => {
                AccessrequestdynamicapproverRequestedItemsInnerType::Entitlement
            }
            other => {
                AccessrequestdynamicapproverRequestedItemsInnerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestdynamicapproverRequestedItemsInnerType);
