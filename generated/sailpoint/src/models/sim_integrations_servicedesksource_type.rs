//! `SimIntegrationsServicedesksourceType`, from `apis/sim-integrations/schemas/servicedesksource.yaml#/properties/type`.

/// DTO type of source for service desk integration template.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SimIntegrationsServicedesksourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SimIntegrationsServicedesksourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SimIntegrationsServicedesksourceType::Source => "SOURCE",
            SimIntegrationsServicedesksourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SimIntegrationsServicedesksourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => SimIntegrationsServicedesksourceType::Source,
            other => SimIntegrationsServicedesksourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SimIntegrationsServicedesksourceType);
