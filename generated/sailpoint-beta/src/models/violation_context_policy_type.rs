//! `ViolationContextPolicyType`, from `beta/schemas/sod/models/ViolationContext.yaml#/properties/policy/properties/type`.

/// The type of object supported for SOD policy violations.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ViolationContextPolicyType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ViolationContextPolicyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ViolationContextPolicyType::Entitlement => "ENTITLEMENT",
            ViolationContextPolicyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViolationContextPolicyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => ViolationContextPolicyType::Entitlement,
            other => ViolationContextPolicyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ViolationContextPolicyType);
