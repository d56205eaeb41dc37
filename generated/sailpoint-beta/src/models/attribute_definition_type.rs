//! `AttributeDefinitionType`, from `beta/schemas/AttributeDefinitionType.yaml`.

/// The underlying type of the value which an AttributeDefinition represents.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttributeDefinitionType {
    /// `STRING`
    String,
    /// `LONG`
    Long,
    /// `INT`
    Int,
    /// `BOOLEAN`
    Boolean,
    /// `DATE`
    Date,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AttributeDefinitionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AttributeDefinitionType::String => "STRING",
            AttributeDefinitionType::Long => "LONG",
            AttributeDefinitionType::Int => "INT",
            AttributeDefinitionType::Boolean => "BOOLEAN",
            AttributeDefinitionType::Date => "DATE",
            AttributeDefinitionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AttributeDefinitionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STRING" => AttributeDefinitionType::String,
            "LONG" => AttributeDefinitionType::Long,
            "INT" => AttributeDefinitionType::Int,
            "BOOLEAN" => AttributeDefinitionType::Boolean,
            "DATE" => AttributeDefinitionType::Date,
            other => AttributeDefinitionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AttributeDefinitionType);
