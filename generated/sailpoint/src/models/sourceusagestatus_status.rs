//! `SourceusagestatusStatus`, from `apis/source-usages/schemas/sourceusagestatus.yaml#/properties/status`.

/// Source Usage Status. Acceptable values are:
///   - COMPLETE
///       - This status means that an activity data source has been setup and usage insights are available for the source.
///   - INCOMPLETE
///       - This status means that an activity data source has not been setup and usage insights are not available for the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceusagestatusStatus {
    /// `COMPLETE`
    Complete,
    /// `INCOMPLETE`
    Incomplete,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceusagestatusStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceusagestatusStatus::Complete => "COMPLETE",
            SourceusagestatusStatus::Incomplete => "INCOMPLETE",
            SourceusagestatusStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceusagestatusStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPLETE" => SourceusagestatusStatus::Complete,
            "INCOMPLETE" => SourceusagestatusStatus::Incomplete,
            other => SourceusagestatusStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceusagestatusStatus);
