//! `SendtestnotificationrequestdtoMedium`, from `apis/notifications/schemas/sendtestnotificationrequestdto.yaml#/properties/medium`.

/// The notification medium. Has to be one of the following enum values.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendtestnotificationrequestdtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SendtestnotificationrequestdtoMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendtestnotificationrequestdtoMedium::Email => "EMAIL",
            SendtestnotificationrequestdtoMedium::Slack => "SLACK",
            SendtestnotificationrequestdtoMedium::Teams => "TEAMS",
            SendtestnotificationrequestdtoMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendtestnotificationrequestdtoMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => SendtestnotificationrequestdtoMedium::Email,
            "SLACK" => SendtestnotificationrequestdtoMedium::Slack,
            "TEAMS" => SendtestnotificationrequestdtoMedium::Teams,
            other => SendtestnotificationrequestdtoMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SendtestnotificationrequestdtoMedium);
