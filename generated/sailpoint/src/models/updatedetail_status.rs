//! `UpdatedetailStatus`, from `apis/connectors/schemas/updatedetail.yaml#/properties/status`.

/// The connector update status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdatedetailStatus {
    /// `ERROR`
    Error,
    /// `UPDATED`
    Updated,
    /// `UNCHANGED`
    Unchanged,
    /// `SKIPPED`
    Skipped,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UpdatedetailStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UpdatedetailStatus::Error => "ERROR",
            UpdatedetailStatus::Updated => "UPDATED",
            UpdatedetailStatus::Unchanged => "UNCHANGED",
            UpdatedetailStatus::Skipped => "SKIPPED",
            UpdatedetailStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdatedetailStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => UpdatedetailStatus::Error,
            "UPDATED" => UpdatedetailStatus::Updated,
            "UNCHANGED" => UpdatedetailStatus::Unchanged,
            "SKIPPED" => UpdatedetailStatus::Skipped,
            other => UpdatedetailStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UpdatedetailStatus);
