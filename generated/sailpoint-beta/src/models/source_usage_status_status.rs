//! `SourceUsageStatusStatus`, from `beta/schemas/SourceUsageStatus.yaml#/properties/status`.

/// Source Usage Status. Acceptable values are:
///   - COMPLETE
///       - This status means that an activity data source has been setup and usage insights are available for the source.
///   - INCOMPLETE
///       - This status means that an activity data source has not been setup and usage insights are not available for the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceUsageStatusStatus {
    /// `COMPLETE`
    Complete,
    /// `INCOMPLETE`
    Incomplete,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceUsageStatusStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceUsageStatusStatus::Complete => "COMPLETE",
            SourceUsageStatusStatus::Incomplete => "INCOMPLETE",
            SourceUsageStatusStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceUsageStatusStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPLETE" => SourceUsageStatusStatus::Complete,
            "INCOMPLETE" => SourceUsageStatusStatus::Incomplete,
            other => SourceUsageStatusStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceUsageStatusStatus);
