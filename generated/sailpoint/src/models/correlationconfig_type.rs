//! `CorrelationconfigType`, from `apis/machine-identities/schemas/correlationconfig.yaml#/properties/type`.

/// The correlation config type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelationconfigType {
    /// `OWNER_PRIMARY`
    OwnerPrimary,
    /// `OWNER_SECONDARY`
    OwnerSecondary,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelationconfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelationconfigType::OwnerPrimary => "OWNER_PRIMARY",
            CorrelationconfigType::OwnerSecondary => "OWNER_SECONDARY",
            CorrelationconfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelationconfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OWNER_PRIMARY" => CorrelationconfigType::OwnerPrimary,
            "OWNER_SECONDARY" => CorrelationconfigType::OwnerSecondary,
            other => CorrelationconfigType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CorrelationconfigType);
