//! `SpconfigruleModesInner`, from `apis/sp-config/schemas/spconfigrule.yaml#/properties/modes/items`.

/// `SpconfigruleModesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpconfigruleModesInner {
    /// `RESTORE`
    Restore,
    /// `PROMOTE`
    Promote,
    /// `UPLOAD`
    Upload,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SpconfigruleModesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpconfigruleModesInner::Restore => "RESTORE",
            SpconfigruleModesInner::Promote => "PROMOTE",
            SpconfigruleModesInner::Upload => "UPLOAD",
            SpconfigruleModesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpconfigruleModesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RESTORE" => SpconfigruleModesInner::Restore,
            "PROMOTE" => SpconfigruleModesInner::Promote,
            "UPLOAD" => SpconfigruleModesInner::Upload,
            other => SpconfigruleModesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpconfigruleModesInner);
