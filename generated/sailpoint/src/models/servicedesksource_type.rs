//! `ServicedesksourceType`, from `apis/service-desk-integration/schemas/servicedesksource.yaml#/properties/type`.

/// DTO type of source for service desk integration template.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ServicedesksourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ServicedesksourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ServicedesksourceType::Source => "SOURCE",
            ServicedesksourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ServicedesksourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => ServicedesksourceType::Source,
            other => ServicedesksourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ServicedesksourceType);
