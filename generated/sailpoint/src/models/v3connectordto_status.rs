//! `V3connectordtoStatus`, from `apis/connectors/schemas/v3connectordto.yaml#/properties/status`.

/// The connector status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3connectordtoStatus {
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

impl V3connectordtoStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3connectordtoStatus::Deprecated => "DEPRECATED",
            V3connectordtoStatus::Development => "DEVELOPMENT",
            V3connectordtoStatus::Demo => "DEMO",
            V3connectordtoStatus::Released => "RELEASED",
            V3connectordtoStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3connectordtoStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEPRECATED" => V3connectordtoStatus::Deprecated,
            "DEVELOPMENT" => V3connectordtoStatus::Development,
            "DEMO" => V3connectordtoStatus::Demo,
            "RELEASED" => V3connectordtoStatus::Released,
            other => V3connectordtoStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3connectordtoStatus);
