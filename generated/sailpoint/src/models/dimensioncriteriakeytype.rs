//! `Dimensioncriteriakeytype`, from `apis/dimensions/schemas/dimensioncriteriakeytype.yaml`.

/// Indicates whether the associated criteria represents an expression on identity attributes.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Dimensioncriteriakeytype {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Dimensioncriteriakeytype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Dimensioncriteriakeytype::Identity => "IDENTITY",
            Dimensioncriteriakeytype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Dimensioncriteriakeytype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Dimensioncriteriakeytype::Identity,
            other => Dimensioncriteriakeytype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Dimensioncriteriakeytype);
