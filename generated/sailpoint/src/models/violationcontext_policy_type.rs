//! `ViolationcontextPolicyType`, from `apis/sod-violations/schemas/violationcontext.yaml#/properties/policy/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ViolationcontextPolicyType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ViolationcontextPolicyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ViolationcontextPolicyType::Entitlement => "ENTITLEMENT",
            ViolationcontextPolicyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViolationcontextPolicyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => ViolationcontextPolicyType::Entitlement,
            other => ViolationcontextPolicyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ViolationcontextPolicyType);
