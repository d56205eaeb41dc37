//! `AttributeDefinitionSchemaType`, from `beta/schemas/AttributeDefinition.yaml#/properties/schema/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttributeDefinitionSchemaType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AttributeDefinitionSchemaType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AttributeDefinitionSchemaType::ConnectorSchema => "CONNECTOR_SCHEMA",
            AttributeDefinitionSchemaType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AttributeDefinitionSchemaType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => AttributeDefinitionSchemaType::ConnectorSchema,
            other => AttributeDefinitionSchemaType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AttributeDefinitionSchemaType);
