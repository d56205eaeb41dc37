//! `DeleteIconV1ObjectType`, from `apis/icons/paths/icons-v1-by-objecttype-by-objectid.yaml#/delete/parameters/0/schema`.

/// `DeleteIconV1ObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteIconV1ObjectType {
    /// `application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteIconV1ObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteIconV1ObjectType::Application => "application",
            DeleteIconV1ObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteIconV1ObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "application" => DeleteIconV1ObjectType::Application,
            other => DeleteIconV1ObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteIconV1ObjectType);
