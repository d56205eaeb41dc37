//! `FieldDetailsDtoType`, from `v3/schemas/FieldDetailsDto.yaml#/properties/type`.

/// The type of the attribute.
///
/// string: For text-based data.
///
/// int: For whole numbers.
///
/// long: For larger whole numbers.
///
/// date: For date and time values.
///
/// boolean: For true/false values.
///
/// secret: For sensitive data like passwords, which will be masked and encrypted.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FieldDetailsDtoType {
    /// `string`
    String,
    /// `int`
    Int,
    /// `long`
    Long,
    /// `date`
    Date,
    /// `boolean`
    Boolean,
    /// `secret`
    Secret,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FieldDetailsDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FieldDetailsDtoType::String => "string",
            FieldDetailsDtoType::Int => "int",
            FieldDetailsDtoType::Long => "long",
            FieldDetailsDtoType::Date => "date",
            FieldDetailsDtoType::Boolean => "boolean",
            FieldDetailsDtoType::Secret => "secret",
            FieldDetailsDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FieldDetailsDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => FieldDetailsDtoType::String,
            "int" => FieldDetailsDtoType::Int,
            "long" => FieldDetailsDtoType::Long,
            "date" => FieldDetailsDtoType::Date,
            "boolean" => FieldDetailsDtoType::Boolean,
            "secret" => FieldDetailsDtoType::Secret,
            other => FieldDetailsDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FieldDetailsDtoType);
