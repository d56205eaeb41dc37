//! `TargetType`, from `apis/identities/schemas/target.yaml#/properties/type`.

/// Target type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TargetType {
    /// `APPLICATION`
    Application,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TargetType::Application => "APPLICATION",
            TargetType::Identity => "IDENTITY",
            TargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPLICATION" => TargetType::Application,
            "IDENTITY" => TargetType::Identity,
            other => TargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TargetType);
