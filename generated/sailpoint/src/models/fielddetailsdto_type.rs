//! `FielddetailsdtoType`, from `apis/sources/schemas/fielddetailsdto.yaml#/properties/type`.

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
pub enum FielddetailsdtoType {
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

impl FielddetailsdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FielddetailsdtoType::String => "string",
            FielddetailsdtoType::Int => "int",
            FielddetailsdtoType::Long => "long",
            FielddetailsdtoType::Date => "date",
            FielddetailsdtoType::Boolean => "boolean",
            FielddetailsdtoType::Secret => "secret",
            FielddetailsdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FielddetailsdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => FielddetailsdtoType::String,
            "int" => FielddetailsdtoType::Int,
            "long" => FielddetailsdtoType::Long,
            "date" => FielddetailsdtoType::Date,
            "boolean" => FielddetailsdtoType::Boolean,
            "secret" => FielddetailsdtoType::Secret,
            other => FielddetailsdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FielddetailsdtoType);
