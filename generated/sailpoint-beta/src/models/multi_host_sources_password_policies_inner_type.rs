//! `MultiHostSourcesPasswordPoliciesInnerType`, from `beta/schemas/MultiHostSources.yaml#/properties/passwordPolicies/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesPasswordPoliciesInnerType {
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesPasswordPoliciesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesPasswordPoliciesInnerType::PasswordPolicy => {
                "PASSWORD_POLICY"
            }
            MultiHostSourcesPasswordPoliciesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesPasswordPoliciesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PASSWORD_POLICY" => {
                MultiHostSourcesPasswordPoliciesInnerType::PasswordPolicy
            }
            other => MultiHostSourcesPasswordPoliciesInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesPasswordPoliciesInnerType);
