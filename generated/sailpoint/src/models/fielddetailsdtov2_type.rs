//! `Fielddetailsdtov2Type`, from `apis/sources/schemas/fielddetailsdtov2.yaml#/properties/type`.

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
pub enum Fielddetailsdtov2Type {
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

impl Fielddetailsdtov2Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Fielddetailsdtov2Type::String => "string",
            Fielddetailsdtov2Type::Int => "int",
            Fielddetailsdtov2Type::Long => "long",
            Fielddetailsdtov2Type::Date => "date",
            Fielddetailsdtov2Type::Boolean => "boolean",
            Fielddetailsdtov2Type::Secret => "secret",
            Fielddetailsdtov2Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for Fielddetailsdtov2Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => Fielddetailsdtov2Type::String,
            "int" => Fielddetailsdtov2Type::Int,
            "long" => Fielddetailsdtov2Type::Long,
            "date" => Fielddetailsdtov2Type::Date,
            "boolean" => Fielddetailsdtov2Type::Boolean,
            "secret" => Fielddetailsdtov2Type::Secret,
            other => Fielddetailsdtov2Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Fielddetailsdtov2Type);
