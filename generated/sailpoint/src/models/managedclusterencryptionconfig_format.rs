//! `ManagedclusterencryptionconfigFormat`, from `apis/managed-clusters/schemas/managedclusterencryptionconfig.yaml#/properties/format`.

/// Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclusterencryptionconfigFormat {
    /// `V2`
    V2,
    /// `V3`
    V3,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclusterencryptionconfigFormat {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclusterencryptionconfigFormat::V2 => "V2",
            ManagedclusterencryptionconfigFormat::V3 => "V3",
            ManagedclusterencryptionconfigFormat::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclusterencryptionconfigFormat {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "V2" => ManagedclusterencryptionconfigFormat::V2,
            "V3" => ManagedclusterencryptionconfigFormat::V3,
            other => ManagedclusterencryptionconfigFormat::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclusterencryptionconfigFormat);
