//! `SodpolicyType`, from `apis/sod-policies/schemas/sodpolicy.yaml#/properties/type`.

/// whether a policy is query based or conflicting access based
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicyType {
    /// `GENERAL`
    General,
    /// `CONFLICTING_ACCESS_BASED`
    ConflictingAccessBased,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicyType::General => "GENERAL",
            SodpolicyType::ConflictingAccessBased => "CONFLICTING_ACCESS_BASED",
            SodpolicyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GENERAL" => SodpolicyType::General,
            "CONFLICTING_ACCESS_BASED" => SodpolicyType::ConflictingAccessBased,
            other => SodpolicyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicyType);
