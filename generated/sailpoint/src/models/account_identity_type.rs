//! `AccountIdentityType`, from `apis/accounts/schemas/account.yaml#/allOf/1/properties/identity/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountIdentityType::Identity => "IDENTITY",
            AccountIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountIdentityType::Identity,
            other => AccountIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountIdentityType);
