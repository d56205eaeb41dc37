//! `SourcesConnectordetailStatus`, from `apis/sources/schemas/connectordetail.yaml#/properties/status`.

/// The connector status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesConnectordetailStatus {
    /// `DEPRECATED`
    Deprecated,
    /// `DEVELOPMENT`
    Development,
    /// `DEMO`
    Demo,
    /// `RELEASED`
    Released,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcesConnectordetailStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesConnectordetailStatus::Deprecated => "DEPRECATED",
            SourcesConnectordetailStatus::Development => "DEVELOPMENT",
            SourcesConnectordetailStatus::Demo => "DEMO",
            SourcesConnectordetailStatus::Released => "RELEASED",
            SourcesConnectordetailStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesConnectordetailStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEPRECATED" => SourcesConnectordetailStatus::Deprecated,
            "DEVELOPMENT" => SourcesConnectordetailStatus::Development,
            "DEMO" => SourcesConnectordetailStatus::Demo,
            "RELEASED" => SourcesConnectordetailStatus::Released,
            other => SourcesConnectordetailStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesConnectordetailStatus);
