//! `Buckettype`, from `apis/shared/schemas/buckettype.yaml`.

/// Enum representing the currently supported bucket aggregation types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Buckettype {
    /// `TERMS`
    Terms,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Buckettype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Buckettype::Terms => "TERMS",
            Buckettype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Buckettype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TERMS" => Buckettype::Terms,
            other => Buckettype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Buckettype);
