//! `SendaccountverificationrequestVia`, from `apis/identities/schemas/sendaccountverificationrequest.yaml#/properties/via`.

/// The method to send notification
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendaccountverificationrequestVia {
    /// `EMAIL_WORK`
    EmailWork,
    /// `EMAIL_PERSONAL`
    EmailPersonal,
    /// `LINK_WORK`
    LinkWork,
    /// `LINK_PERSONAL`
    LinkPersonal,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SendaccountverificationrequestVia {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendaccountverificationrequestVia::EmailWork => "EMAIL_WORK",
            SendaccountverificationrequestVia::EmailPersonal => "EMAIL_PERSONAL",
            SendaccountverificationrequestVia::LinkWork => "LINK_WORK",
            SendaccountverificationrequestVia::LinkPersonal => "LINK_PERSONAL",
            SendaccountverificationrequestVia::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendaccountverificationrequestVia {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL_WORK" => SendaccountverificationrequestVia::EmailWork,
            "EMAIL_PERSONAL" => SendaccountverificationrequestVia::EmailPersonal,
            "LINK_WORK" => SendaccountverificationrequestVia::LinkWork,
            "LINK_PERSONAL" => SendaccountverificationrequestVia::LinkPersonal,
            other => SendaccountverificationrequestVia::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SendaccountverificationrequestVia);
