//! `OutlierDetectedIdentityType`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml#/properties/identity/properties/type`.

/// Identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierDetectedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierDetectedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierDetectedIdentityType::Identity => "IDENTITY",
            OutlierDetectedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierDetectedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => OutlierDetectedIdentityType::Identity,
            other => OutlierDetectedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutlierDetectedIdentityType);
