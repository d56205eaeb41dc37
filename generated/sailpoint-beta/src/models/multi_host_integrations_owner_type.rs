//! `MultiHostIntegrationsOwnerType`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsOwnerType::Identity => "IDENTITY",
            MultiHostIntegrationsOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => MultiHostIntegrationsOwnerType::Identity,
            other => MultiHostIntegrationsOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsOwnerType);
