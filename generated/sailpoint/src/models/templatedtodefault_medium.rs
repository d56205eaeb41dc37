//! `TemplatedtodefaultMedium`, from `apis/notifications/schemas/templatedtodefault.yaml#/properties/medium`.

/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplatedtodefaultMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplatedtodefaultMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplatedtodefaultMedium::Email => "EMAIL",
            TemplatedtodefaultMedium::Slack => "SLACK",
            TemplatedtodefaultMedium::Teams => "TEAMS",
            TemplatedtodefaultMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplatedtodefaultMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => TemplatedtodefaultMedium::Email,
            "SLACK" => TemplatedtodefaultMedium::Slack,
            "TEAMS" => TemplatedtodefaultMedium::Teams,
            other => TemplatedtodefaultMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplatedtodefaultMedium);
