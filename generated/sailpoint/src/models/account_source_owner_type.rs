//! `AccountSourceOwnerType`, from `apis/accounts/schemas/account.yaml#/allOf/1/properties/sourceOwner/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountSourceOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountSourceOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountSourceOwnerType::Identity => "IDENTITY",
            AccountSourceOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountSourceOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountSourceOwnerType::Identity,
            other => AccountSourceOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountSourceOwnerType);
