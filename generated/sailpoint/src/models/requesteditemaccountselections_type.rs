//! `RequesteditemaccountselectionsType`, from `apis/access-requests/schemas/requesteditemaccountselections.yaml#/properties/type`.

/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequesteditemaccountselectionsType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequesteditemaccountselectionsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequesteditemaccountselectionsType::AccessProfile => "ACCESS_PROFILE",
            RequesteditemaccountselectionsType::Role => "ROLE",
            RequesteditemaccountselectionsType::Entitlement => "ENTITLEMENT",
            RequesteditemaccountselectionsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequesteditemaccountselectionsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => RequesteditemaccountselectionsType::AccessProfile,
            "ROLE" => RequesteditemaccountselectionsType::Role,
            "ENTITLEMENT" => RequesteditemaccountselectionsType::Entitlement,
            other => RequesteditemaccountselectionsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequesteditemaccountselectionsType);
