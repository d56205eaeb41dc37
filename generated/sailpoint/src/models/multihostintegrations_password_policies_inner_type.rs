//! `MultihostintegrationsPasswordPoliciesInnerType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/passwordPolicies/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsPasswordPoliciesInnerType {
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsPasswordPoliciesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsPasswordPoliciesInnerType::PasswordPolicy => {
                "PASSWORD_POLICY"
            }
            MultihostintegrationsPasswordPoliciesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsPasswordPoliciesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PASSWORD_POLICY" => {
                MultihostintegrationsPasswordPoliciesInnerType::PasswordPolicy
            }
            other => {
                MultihostintegrationsPasswordPoliciesInnerType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsPasswordPoliciesInnerType);
