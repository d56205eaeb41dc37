//! `Approval2Medium`, from `apis/approvals/schemas/approval-2.yaml#/properties/medium`.

/// Signifies what medium to use when sending notifications (currently only email is utilized)
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Approval2Medium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Approval2Medium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Approval2Medium::Email => "EMAIL",
            Approval2Medium::Slack => "SLACK",
            Approval2Medium::Teams => "TEAMS",
            Approval2Medium::Unknown(value) => value,
        }
    }
}

impl From<&str> for Approval2Medium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Approval2Medium::Email,
            "SLACK" => Approval2Medium::Slack,
            "TEAMS" => Approval2Medium::Teams,
            other => Approval2Medium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Approval2Medium);
