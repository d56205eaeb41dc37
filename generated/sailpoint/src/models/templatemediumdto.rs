//! `Templatemediumdto`, from `apis/notifications/schemas/templatemediumdto.yaml`.

/// The notification delivery medium.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Templatemediumdto {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Templatemediumdto {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Templatemediumdto::Email => "EMAIL",
            Templatemediumdto::Slack => "SLACK",
            Templatemediumdto::Teams => "TEAMS",
            Templatemediumdto::Unknown(value) => value,
        }
    }
}

impl From<&str> for Templatemediumdto {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Templatemediumdto::Email,
            "SLACK" => Templatemediumdto::Slack,
            "TEAMS" => Templatemediumdto::Teams,
            other => Templatemediumdto::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Templatemediumdto);
