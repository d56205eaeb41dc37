//! `TriggerType`, from `beta/schemas/TriggerType.yaml`.

/// The type of trigger.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TriggerType {
    /// `REQUEST_RESPONSE`
    RequestResponse,
    /// `FIRE_AND_FORGET`
    FireAndForget,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TriggerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TriggerType::RequestResponse => "REQUEST_RESPONSE",
            TriggerType::FireAndForget => "FIRE_AND_FORGET",
            TriggerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TriggerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REQUEST_RESPONSE" => TriggerType::RequestResponse,
            "FIRE_AND_FORGET" => TriggerType::FireAndForget,
            other => TriggerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TriggerType);
