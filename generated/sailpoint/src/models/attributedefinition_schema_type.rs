//! `AttributedefinitionSchemaType`, from `apis/sources/schemas/attributedefinition.yaml#/properties/schema/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttributedefinitionSchemaType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AttributedefinitionSchemaType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AttributedefinitionSchemaType::ConnectorSchema => "CONNECTOR_SCHEMA",
            AttributedefinitionSchemaType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AttributedefinitionSchemaType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => AttributedefinitionSchemaType::ConnectorSchema,
            other => AttributedefinitionSchemaType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AttributedefinitionSchemaType);
