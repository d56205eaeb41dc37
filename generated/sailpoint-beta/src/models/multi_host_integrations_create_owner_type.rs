//! `MultiHostIntegrationsCreateOwnerType`, from `beta/schemas/MultiHostIntegrationsCreate.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsCreateOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsCreateOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsCreateOwnerType::Identity => "IDENTITY",
            MultiHostIntegrationsCreateOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsCreateOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => MultiHostIntegrationsCreateOwnerType::Identity,
            other => MultiHostIntegrationsCreateOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsCreateOwnerType);
