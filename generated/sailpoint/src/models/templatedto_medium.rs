//! `TemplatedtoMedium`, from `apis/notifications/schemas/templatedto.yaml#/properties/medium`.

/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplatedtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplatedtoMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplatedtoMedium::Email => "EMAIL",
            TemplatedtoMedium::Slack => "SLACK",
            TemplatedtoMedium::Teams => "TEAMS",
            TemplatedtoMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplatedtoMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => TemplatedtoMedium::Email,
            "SLACK" => TemplatedtoMedium::Slack,
            "TEAMS" => TemplatedtoMedium::Teams,
            other => TemplatedtoMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplatedtoMedium);
