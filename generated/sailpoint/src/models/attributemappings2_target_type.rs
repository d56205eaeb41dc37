//! `Attributemappings2TargetType`, from `apis/machine-account-mappings/schemas/attributemappings.yaml#/allOf/0/properties/target/properties/type`.

/// The type of target entity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Attributemappings2TargetType {
    /// `ACCOUNT`
    Account,
    /// `IDENTITY`
    Identity,
    /// `OWNER_ACCOUNT`
    OwnerAccount,
    /// `OWNER_IDENTITY`
    OwnerIdentity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Attributemappings2TargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Attributemappings2TargetType::Account => "ACCOUNT",
            Attributemappings2TargetType::Identity => "IDENTITY",
            Attributemappings2TargetType::OwnerAccount => "OWNER_ACCOUNT",
            Attributemappings2TargetType::OwnerIdentity => "OWNER_IDENTITY",
            Attributemappings2TargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Attributemappings2TargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => Attributemappings2TargetType::Account,
            "IDENTITY" => Attributemappings2TargetType::Identity,
            "OWNER_ACCOUNT" => Attributemappings2TargetType::OwnerAccount,
            "OWNER_IDENTITY" => Attributemappings2TargetType::OwnerIdentity,
            other => Attributemappings2TargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Attributemappings2TargetType);
