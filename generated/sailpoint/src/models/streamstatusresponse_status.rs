//! `StreamstatusresponseStatus`, from `apis/shared-signals-framework-ssf/schemas/streamstatusresponse.yaml#/properties/status`.

/// Operational status of the stream (enabled, paused, or disabled).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StreamstatusresponseStatus {
    /// `enabled`
    Enabled,
    /// `paused`
    Paused,
    /// `disabled`
    Disabled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl StreamstatusresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            StreamstatusresponseStatus::Enabled => "enabled",
            StreamstatusresponseStatus::Paused => "paused",
            StreamstatusresponseStatus::Disabled => "disabled",
            StreamstatusresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for StreamstatusresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "enabled" => StreamstatusresponseStatus::Enabled,
            "paused" => StreamstatusresponseStatus::Paused,
            "disabled" => StreamstatusresponseStatus::Disabled,
            other => StreamstatusresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(StreamstatusresponseStatus);
