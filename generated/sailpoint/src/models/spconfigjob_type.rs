//! `SpconfigjobType`, from `apis/sp-config/schemas/spconfigjob.yaml#/properties/type`.

/// Type of the job, either export or import.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpconfigjobType {
    /// `EXPORT`
    Export,
    /// `IMPORT`
    Import,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SpconfigjobType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpconfigjobType::Export => "EXPORT",
            SpconfigjobType::Import => "IMPORT",
            SpconfigjobType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpconfigjobType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXPORT" => SpconfigjobType::Export,
            "IMPORT" => SpconfigjobType::Import,
            other => SpconfigjobType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpconfigjobType);
