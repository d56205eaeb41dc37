//! `DraftresponseMode`, from `apis/configuration-hub/schemas/draftresponse.yaml#/properties/mode`.

/// Denotes the origin of the source backup from which the draft was generated.
/// - RESTORE - Same tenant.
/// - PROMOTE - Different tenant.
/// - UPLOAD - Uploaded configuration.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DraftresponseMode {
    /// `RESTORE`
    Restore,
    /// `PROMOTE`
    Promote,
    /// `UPLOAD`
    Upload,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DraftresponseMode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DraftresponseMode::Restore => "RESTORE",
            DraftresponseMode::Promote => "PROMOTE",
            DraftresponseMode::Upload => "UPLOAD",
            DraftresponseMode::Unknown(value) => value,
        }
    }
}

impl From<&str> for DraftresponseMode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RESTORE" => DraftresponseMode::Restore,
            "PROMOTE" => DraftresponseMode::Promote,
            "UPLOAD" => DraftresponseMode::Upload,
            other => DraftresponseMode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DraftresponseMode);
