//! `SourceUsageStatus`, from `beta/schemas/SourceUsageStatus.yaml`.

use crate::models::SourceUsageStatusStatus;

/// `SourceUsageStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceUsageStatus {
    /// Source Usage Status. Acceptable values are:
    ///   - COMPLETE
    ///       - This status means that an activity data source has been setup and usage insights are available for the source.
    ///   - INCOMPLETE
    ///       - This status means that an activity data source has not been setup and usage insights are not available for the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SourceUsageStatusStatus>,
}

impl SourceUsageStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceUsageStatus { status: None }
    }
}
