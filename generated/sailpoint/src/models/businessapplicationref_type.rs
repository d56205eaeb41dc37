//! `BusinessapplicationrefType`, from `apis/machine-identities/schemas/businessapplicationref.yaml#/properties/type`.

/// Reference type. Must be `BUSINESS_APPLICATION`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BusinessapplicationrefType {
    /// `BUSINESS_APPLICATION`
    BusinessApplication,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BusinessapplicationrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BusinessapplicationrefType::BusinessApplication => "BUSINESS_APPLICATION",
            BusinessapplicationrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BusinessapplicationrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BUSINESS_APPLICATION" => BusinessapplicationrefType::BusinessApplication,
            other => BusinessapplicationrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BusinessapplicationrefType);
