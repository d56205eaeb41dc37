//! `V3createconnectordtoStatus`, from `apis/connectors/schemas/v3createconnectordto.yaml#/properties/status`.

/// The connector status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3createconnectordtoStatus {
    /// `DEVELOPMENT`
    Development,
    /// `DEMO`
    Demo,
    /// `RELEASED`
    Released,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3createconnectordtoStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3createconnectordtoStatus::Development => "DEVELOPMENT",
            V3createconnectordtoStatus::Demo => "DEMO",
            V3createconnectordtoStatus::Released => "RELEASED",
            V3createconnectordtoStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3createconnectordtoStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEVELOPMENT" => V3createconnectordtoStatus::Development,
            "DEMO" => V3createconnectordtoStatus::Demo,
            "RELEASED" => V3createconnectordtoStatus::Released,
            other => V3createconnectordtoStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3createconnectordtoStatus);
