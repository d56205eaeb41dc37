//! `PatownerType`, from `apis/personal-access-tokens/schemas/patowner.yaml#/properties/type`.

/// Personal access token owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PatownerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PatownerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PatownerType::Identity => "IDENTITY",
            PatownerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PatownerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => PatownerType::Identity,
            other => PatownerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PatownerType);
