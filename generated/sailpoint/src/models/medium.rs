//! `Medium`, from `apis/notifications/schemas/medium.yaml`.

/// The notification medium (EMAIL, SLACK, TEAMS, or INBOX)
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Medium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// `INBOX`
    Inbox,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Medium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Medium::Email => "EMAIL",
            Medium::Slack => "SLACK",
            Medium::Teams => "TEAMS",
            Medium::Inbox => "INBOX",
            Medium::Unknown(value) => value,
        }
    }
}

impl From<&str> for Medium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Medium::Email,
            "SLACK" => Medium::Slack,
            "TEAMS" => Medium::Teams,
            "INBOX" => Medium::Inbox,
            other => Medium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Medium);
