//! `SodPolicyState`, from `beta/schemas/SodPolicy.yaml#/properties/state`.

/// Whether the policy is enforced or not.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPolicyState {
    /// `ENFORCED`
    Enforced,
    /// `NOT_ENFORCED`
    NotEnforced,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPolicyState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPolicyState::Enforced => "ENFORCED",
            SodPolicyState::NotEnforced => "NOT_ENFORCED",
            SodPolicyState::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPolicyState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENFORCED" => SodPolicyState::Enforced,
            "NOT_ENFORCED" => SodPolicyState::NotEnforced,
            other => SodPolicyState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPolicyState);
