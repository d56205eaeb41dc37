//! `AccountattributeschangedIdentityType`, from `apis/triggers/schemas/accountattributeschanged.yaml#/properties/identity/properties/type`.

/// DTO type of the identity whose account attributes were updated.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountattributeschangedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountattributeschangedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountattributeschangedIdentityType::Identity => "IDENTITY",
            AccountattributeschangedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountattributeschangedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountattributeschangedIdentityType::Identity,
            other => AccountattributeschangedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountattributeschangedIdentityType);
