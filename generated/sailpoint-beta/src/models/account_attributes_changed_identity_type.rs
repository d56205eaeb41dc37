//! `AccountAttributesChangedIdentityType`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/identity/properties/type`.

/// DTO type of the identity whose account attributes were updated.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountAttributesChangedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountAttributesChangedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountAttributesChangedIdentityType::Identity => "IDENTITY",
            AccountAttributesChangedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountAttributesChangedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccountAttributesChangedIdentityType::Identity,
            other => AccountAttributesChangedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountAttributesChangedIdentityType);
