//! `DeleteIconObjectType`, from `beta/paths/icon.yaml#/delete/parameters/0/schema`.

/// `DeleteIconObjectType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteIconObjectType {
    /// `application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteIconObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteIconObjectType::Application => "application",
            DeleteIconObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteIconObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "application" => DeleteIconObjectType::Application,
            other => DeleteIconObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteIconObjectType);
