//! `SetIconV1ObjectType`, from `apis/icons/paths/icons-v1-by-objecttype-by-objectid.yaml#/put/parameters/0/schema`.

/// `SetIconV1ObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SetIconV1ObjectType {
    /// `application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SetIconV1ObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SetIconV1ObjectType::Application => "application",
            SetIconV1ObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SetIconV1ObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "application" => SetIconV1ObjectType::Application,
            other => SetIconV1ObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SetIconV1ObjectType);
