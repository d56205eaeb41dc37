//! `MultiHostSourcesOwnerType`, from `beta/schemas/MultiHostSources.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesOwnerType::Identity => "IDENTITY",
            MultiHostSourcesOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => MultiHostSourcesOwnerType::Identity,
            other => MultiHostSourcesOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesOwnerType);
