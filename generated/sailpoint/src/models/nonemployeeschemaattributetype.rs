//! `Nonemployeeschemaattributetype`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeschemaattributetype.yaml`.

/// Enum representing the type of data a schema attribute accepts.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Nonemployeeschemaattributetype {
    /// `TEXT`
    Text,
    /// `DATE`
    Date,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Nonemployeeschemaattributetype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Nonemployeeschemaattributetype::Text => "TEXT",
            Nonemployeeschemaattributetype::Date => "DATE",
            Nonemployeeschemaattributetype::Identity => "IDENTITY",
            Nonemployeeschemaattributetype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Nonemployeeschemaattributetype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TEXT" => Nonemployeeschemaattributetype::Text,
            "DATE" => Nonemployeeschemaattributetype::Date,
            "IDENTITY" => Nonemployeeschemaattributetype::Identity,
            other => Nonemployeeschemaattributetype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Nonemployeeschemaattributetype);
