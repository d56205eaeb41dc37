//! `MultihostintegrationsConnectionType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/connectionType`.

/// Type of connection (direct or file).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsConnectionType {
    /// `direct`
    Direct,
    /// `file`
    File,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsConnectionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsConnectionType::Direct => "direct",
            MultihostintegrationsConnectionType::File => "file",
            MultihostintegrationsConnectionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsConnectionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "direct" => MultihostintegrationsConnectionType::Direct,
            "file" => MultihostintegrationsConnectionType::File,
            other => MultihostintegrationsConnectionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsConnectionType);
