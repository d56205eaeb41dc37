//! `SetIconObjectType`, from `beta/paths/icon.yaml#/put/parameters/0/schema`.

/// `SetIconObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SetIconObjectType {
    /// `application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SetIconObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SetIconObjectType::Application => "application",
            SetIconObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SetIconObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "application" => SetIconObjectType::Application,
            other => SetIconObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SetIconObjectType);
