//! `SourcePasswordPoliciesInnerType`, from `apis/sources/schemas/source.yaml#/properties/passwordPolicies/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcePasswordPoliciesInnerType {
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcePasswordPoliciesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcePasswordPoliciesInnerType::PasswordPolicy => "PASSWORD_POLICY",
            SourcePasswordPoliciesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcePasswordPoliciesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PASSWORD_POLICY" => SourcePasswordPoliciesInnerType::PasswordPolicy,
            other => SourcePasswordPoliciesInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcePasswordPoliciesInnerType);
