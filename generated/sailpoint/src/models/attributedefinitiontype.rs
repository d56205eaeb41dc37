//! `Attributedefinitiontype`, from `apis/sources/schemas/attributedefinitiontype.yaml`.

/// The underlying type of the value which an AttributeDefinition represents.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Attributedefinitiontype {
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

impl Attributedefinitiontype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Attributedefinitiontype::String => "STRING",
            Attributedefinitiontype::Long => "LONG",
            Attributedefinitiontype::Int => "INT",
            Attributedefinitiontype::Boolean => "BOOLEAN",
            Attributedefinitiontype::Date => "DATE",
            Attributedefinitiontype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Attributedefinitiontype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STRING" => Attributedefinitiontype::String,
            "LONG" => Attributedefinitiontype::Long,
            "INT" => Attributedefinitiontype::Int,
            "BOOLEAN" => Attributedefinitiontype::Boolean,
            "DATE" => Attributedefinitiontype::Date,
            other => Attributedefinitiontype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Attributedefinitiontype);
