//! `SodrecipientType`, from `apis/sod-policies/schemas/sodrecipient.yaml#/properties/type`.

/// SOD policy recipient DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodrecipientType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodrecipientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodrecipientType::Identity => "IDENTITY",
            SodrecipientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodrecipientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SodrecipientType::Identity,
            other => SodrecipientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodrecipientType);
