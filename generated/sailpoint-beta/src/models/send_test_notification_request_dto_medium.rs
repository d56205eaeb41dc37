//! `SendTestNotificationRequestDtoMedium`, from `beta/schemas/SendTestNotificationRequestDto.yaml#/properties/medium`.

/// The notification medium. Has to be one of the following enum values.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendTestNotificationRequestDtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SendTestNotificationRequestDtoMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendTestNotificationRequestDtoMedium::Email => "EMAIL",
            SendTestNotificationRequestDtoMedium::Slack => "SLACK",
            SendTestNotificationRequestDtoMedium::Teams => "TEAMS",
            SendTestNotificationRequestDtoMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendTestNotificationRequestDtoMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => SendTestNotificationRequestDtoMedium::Email,
            "SLACK" => SendTestNotificationRequestDtoMedium::Slack,
            "TEAMS" => SendTestNotificationRequestDtoMedium::Teams,
            other => SendTestNotificationRequestDtoMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SendTestNotificationRequestDtoMedium);
