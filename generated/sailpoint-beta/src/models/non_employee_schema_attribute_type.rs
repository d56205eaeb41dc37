//! `NonEmployeeSchemaAttributeType`, from `beta/schemas/NonEmployeeSchemaAttributeType.yaml`.

/// Enum representing the type of data a schema attribute accepts.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NonEmployeeSchemaAttributeType {
    /// `TEXT`
    Text,
    /// `DATE`
    Date,
    /// `IDENTITY`
    Identity,
    /// `PHONE`
    Phone,
    /// `EMAIL`
    Email,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl NonEmployeeSchemaAttributeType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            NonEmployeeSchemaAttributeType::Text => "TEXT",
            NonEmployeeSchemaAttributeType::Date => "DATE",
            NonEmployeeSchemaAttributeType::Identity => "IDENTITY",
            NonEmployeeSchemaAttributeType::Phone => "PHONE",
            NonEmployeeSchemaAttributeType::Email => "EMAIL",
            NonEmployeeSchemaAttributeType::Unknown(value) => value,
        }
    }
}

impl From<&str> for NonEmployeeSchemaAttributeType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TEXT" => NonEmployeeSchemaAttributeType::Text,
            "DATE" => NonEmployeeSchemaAttributeType::Date,
            "IDENTITY" => NonEmployeeSchemaAttributeType::Identity,
            "PHONE" => NonEmployeeSchemaAttributeType::Phone,
            "EMAIL" => NonEmployeeSchemaAttributeType::Email,
            other => NonEmployeeSchemaAttributeType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(NonEmployeeSchemaAttributeType);
