//! `AccessType`, from `beta/schemas/AccessType.yaml`.

/// Access type of API Client indicating online or offline use
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessType {
    /// `ONLINE`
    Online,
    /// `OFFLINE`
    Offline,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessType::Online => "ONLINE",
            AccessType::Offline => "OFFLINE",
            AccessType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ONLINE" => AccessType::Online,
            "OFFLINE" => AccessType::Offline,
            other => AccessType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessType);
