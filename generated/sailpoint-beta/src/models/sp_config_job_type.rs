//! `SpConfigJobType`, from `beta/schemas/SpConfigJob.yaml#/properties/type`.

/// Type of the job, either export or import.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpConfigJobType {
    /// `EXPORT`
    Export,
    /// `IMPORT`
    Import,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SpConfigJobType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpConfigJobType::Export => "EXPORT",
            SpConfigJobType::Import => "IMPORT",
            SpConfigJobType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpConfigJobType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXPORT" => SpConfigJobType::Export,
            "IMPORT" => SpConfigJobType::Import,
            other => SpConfigJobType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpConfigJobType);
