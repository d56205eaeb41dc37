//! `SodPolicyType`, from `beta/schemas/SodPolicy.yaml#/properties/type`.

/// Whether a policy is query based or conflicting access based.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPolicyType {
    /// `GENERAL`
    General,
    /// `CONFLICTING_ACCESS_BASED`
    ConflictingAccessBased,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPolicyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPolicyType::General => "GENERAL",
            SodPolicyType::ConflictingAccessBased => "CONFLICTING_ACCESS_BASED",
            SodPolicyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPolicyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GENERAL" => SodPolicyType::General,
            "CONFLICTING_ACCESS_BASED" => SodPolicyType::ConflictingAccessBased,
            other => SodPolicyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPolicyType);
