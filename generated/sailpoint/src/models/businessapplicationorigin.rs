//! `Businessapplicationorigin`, from `apis/business-applications/schemas/businessapplicationorigin.yaml`.

/// How the Business Application entered the tenant catalog. Read-only; assigned by the service on creation and immutable thereafter.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Businessapplicationorigin {
    /// `OOTB`
    Ootb,
    /// `CUSTOM`
    Custom,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Businessapplicationorigin {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Businessapplicationorigin::Ootb => "OOTB",
            Businessapplicationorigin::Custom => "CUSTOM",
            Businessapplicationorigin::Unknown(value) => value,
        }
    }
}

impl From<&str> for Businessapplicationorigin {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OOTB" => Businessapplicationorigin::Ootb,
            "CUSTOM" => Businessapplicationorigin::Custom,
            other => Businessapplicationorigin::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Businessapplicationorigin);
