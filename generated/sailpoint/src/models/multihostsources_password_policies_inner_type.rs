//! `MultihostsourcesPasswordPoliciesInnerType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/passwordPolicies/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesPasswordPoliciesInnerType {
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesPasswordPoliciesInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesPasswordPoliciesInnerType::PasswordPolicy => {
                "PASSWORD_POLICY"
            }
            MultihostsourcesPasswordPoliciesInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesPasswordPoliciesInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PASSWORD_POLICY" => {
                MultihostsourcesPasswordPoliciesInnerType::PasswordPolicy
            }
            other => MultihostsourcesPasswordPoliciesInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostsourcesPasswordPoliciesInnerType);
