//! `MultiHostIntegrationsConnectionType`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/connectionType`.

/// Type of connection (direct or file).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsConnectionType {
    /// `direct`
    Direct,
    /// `file`
    File,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsConnectionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsConnectionType::Direct => "direct",
            MultiHostIntegrationsConnectionType::File => "file",
            MultiHostIntegrationsConnectionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsConnectionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "direct" => MultiHostIntegrationsConnectionType::Direct,
            "file" => MultiHostIntegrationsConnectionType::File,
            other => MultiHostIntegrationsConnectionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsConnectionType);
