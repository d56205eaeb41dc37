//! `MultiHostSourcesSchemasInnerType`, from `beta/schemas/MultiHostSources.yaml#/properties/schemas/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesSchemasInnerType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesSchemasInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesSchemasInnerType::ConnectorSchema => "CONNECTOR_SCHEMA",
            MultiHostSourcesSchemasInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesSchemasInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => MultiHostSourcesSchemasInnerType::ConnectorSchema,
            other => MultiHostSourcesSchemasInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesSchemasInnerType);
