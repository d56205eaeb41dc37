//! `Triggertype`, from `apis/triggers/schemas/triggertype.yaml`.

/// The type of trigger.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Triggertype {
    /// `REQUEST_RESPONSE`
    RequestResponse,
    /// `FIRE_AND_FORGET`
    FireAndForget,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Triggertype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Triggertype::RequestResponse => "REQUEST_RESPONSE",
            Triggertype::FireAndForget => "FIRE_AND_FORGET",
            Triggertype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Triggertype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REQUEST_RESPONSE" => Triggertype::RequestResponse,
            "FIRE_AND_FORGET" => Triggertype::FireAndForget,
            other => Triggertype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Triggertype);
