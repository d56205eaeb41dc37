//! `ManagedClusterEncryptionConfigFormat`, from `beta/schemas/ManagedClusterEncryptionConfig.yaml#/properties/format`.

/// Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClusterEncryptionConfigFormat {
    /// `V2`
    V2,
    /// `V3`
    V3,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedClusterEncryptionConfigFormat {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClusterEncryptionConfigFormat::V2 => "V2",
            ManagedClusterEncryptionConfigFormat::V3 => "V3",
            ManagedClusterEncryptionConfigFormat::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClusterEncryptionConfigFormat {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "V2" => ManagedClusterEncryptionConfigFormat::V2,
            "V3" => ManagedClusterEncryptionConfigFormat::V3,
            other => ManagedClusterEncryptionConfigFormat::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedClusterEncryptionConfigFormat);
