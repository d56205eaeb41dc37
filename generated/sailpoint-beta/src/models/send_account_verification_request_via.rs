//! `SendAccountVerificationRequestVia`, from `beta/schemas/SendAccountVerificationRequest.yaml#/properties/via`.

/// The method to send notification
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendAccountVerificationRequestVia {
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

impl SendAccountVerificationRequestVia {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendAccountVerificationRequestVia::EmailWork => "EMAIL_WORK",
            SendAccountVerificationRequestVia::EmailPersonal => "EMAIL_PERSONAL",
            SendAccountVerificationRequestVia::LinkWork => "LINK_WORK",
            SendAccountVerificationRequestVia::LinkPersonal => "LINK_PERSONAL",
            SendAccountVerificationRequestVia::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendAccountVerificationRequestVia {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL_WORK" => SendAccountVerificationRequestVia::EmailWork,
            "EMAIL_PERSONAL" => SendAccountVerificationRequestVia::EmailPersonal,
            "LINK_WORK" => SendAccountVerificationRequestVia::LinkWork,
            "LINK_PERSONAL" => SendAccountVerificationRequestVia::LinkPersonal,
            other => SendAccountVerificationRequestVia::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SendAccountVerificationRequestVia);
