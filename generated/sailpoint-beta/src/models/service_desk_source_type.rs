//! `ServiceDeskSourceType`, from `v3/schemas/ServiceDeskSource.yaml#/properties/type`.

/// DTO type of source for service desk integration template.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ServiceDeskSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ServiceDeskSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ServiceDeskSourceType::Source => "SOURCE",
            ServiceDeskSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ServiceDeskSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => ServiceDeskSourceType::Source,
            other => ServiceDeskSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ServiceDeskSourceType);
