//! `SpConfigRuleModesInner`, from `beta/schemas/SpConfigRule.yaml#/properties/modes/items`.

/// `SpConfigRuleModesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpConfigRuleModesInner {
    /// `RESTORE`
    Restore,
    /// `PROMOTE`
    Promote,
    /// `UPLOAD`
    Upload,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SpConfigRuleModesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpConfigRuleModesInner::Restore => "RESTORE",
            SpConfigRuleModesInner::Promote => "PROMOTE",
            SpConfigRuleModesInner::Upload => "UPLOAD",
            SpConfigRuleModesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpConfigRuleModesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RESTORE" => SpConfigRuleModesInner::Restore,
            "PROMOTE" => SpConfigRuleModesInner::Promote,
            "UPLOAD" => SpConfigRuleModesInner::Upload,
            other => SpConfigRuleModesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpConfigRuleModesInner);
