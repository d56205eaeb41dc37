//! `UpdatestreamstatusrequestStatus`, from `apis/shared-signals-framework-ssf/schemas/updatestreamstatusrequest.yaml#/properties/status`.

/// Desired stream status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdatestreamstatusrequestStatus {
    /// `enabled`
    Enabled,
    /// `paused`
    Paused,
    /// `disabled`
    Disabled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UpdatestreamstatusrequestStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UpdatestreamstatusrequestStatus::Enabled => "enabled",
            UpdatestreamstatusrequestStatus::Paused => "paused",
            UpdatestreamstatusrequestStatus::Disabled => "disabled",
            UpdatestreamstatusrequestStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdatestreamstatusrequestStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "enabled" => UpdatestreamstatusrequestStatus::Enabled,
            "paused" => UpdatestreamstatusrequestStatus::Paused,
            "disabled" => UpdatestreamstatusrequestStatus::Disabled,
            other => UpdatestreamstatusrequestStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UpdatestreamstatusrequestStatus);
