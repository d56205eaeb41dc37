//! `SodpolicyState`, from `apis/sod-policies/schemas/sodpolicy.yaml#/properties/state`.

/// whether the policy is enforced or not
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicyState {
    /// `ENFORCED`
    Enforced,
    /// `NOT_ENFORCED`
    NotEnforced,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicyState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicyState::Enforced => "ENFORCED",
            SodpolicyState::NotEnforced => "NOT_ENFORCED",
            SodpolicyState::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicyState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENFORCED" => SodpolicyState::Enforced,
            "NOT_ENFORCED" => SodpolicyState::NotEnforced,
            other => SodpolicyState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicyState);
