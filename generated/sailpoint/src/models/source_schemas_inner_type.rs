//! `SourceSchemasInnerType`, from `apis/sources/schemas/source.yaml#/properties/schemas/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceSchemasInnerType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceSchemasInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceSchemasInnerType::ConnectorSchema => "CONNECTOR_SCHEMA",
            SourceSchemasInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceSchemasInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => SourceSchemasInnerType::ConnectorSchema,
            other => SourceSchemasInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceSchemasInnerType);
