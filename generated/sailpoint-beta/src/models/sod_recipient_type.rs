//! `SodRecipientType`, from `v3/schemas/SodRecipient.yaml#/properties/type`.

/// SOD policy recipient DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodRecipientType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodRecipientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodRecipientType::Identity => "IDENTITY",
            SodRecipientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodRecipientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SodRecipientType::Identity,
            other => SodRecipientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodRecipientType);
