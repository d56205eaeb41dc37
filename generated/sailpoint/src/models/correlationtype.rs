//! `Correlationtype`, from `apis/machine-identities/schemas/correlationtype.yaml`.

/// Whether the Business Application reference was manually assigned or automatically correlated.
/// On write (create/patch), omit or send `MANUAL` (default). `AUTOMATIC` is rejected with `400 Bad Request`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Correlationtype {
    /// `MANUAL`
    Manual,
    /// `AUTOMATIC`
    Automatic,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Correlationtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Correlationtype::Manual => "MANUAL",
            Correlationtype::Automatic => "AUTOMATIC",
            Correlationtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Correlationtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL" => Correlationtype::Manual,
            "AUTOMATIC" => Correlationtype::Automatic,
            other => Correlationtype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Correlationtype);
