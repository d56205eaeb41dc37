//! `ConnectordetailStatus`, from `apis/connectors/schemas/connectordetail.yaml#/properties/status`.

/// The connector status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectordetailStatus {
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

impl ConnectordetailStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConnectordetailStatus::Deprecated => "DEPRECATED",
            ConnectordetailStatus::Development => "DEVELOPMENT",
            ConnectordetailStatus::Demo => "DEMO",
            ConnectordetailStatus::Released => "RELEASED",
            ConnectordetailStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConnectordetailStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEPRECATED" => ConnectordetailStatus::Deprecated,
            "DEVELOPMENT" => ConnectordetailStatus::Development,
            "DEMO" => ConnectordetailStatus::Demo,
            "RELEASED" => ConnectordetailStatus::Released,
            other => ConnectordetailStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConnectordetailStatus);
