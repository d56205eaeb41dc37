//! `LifecyclestateIdentityState`, from `apis/lifecycle-states/schemas/lifecyclestate.yaml#/allOf/1/properties/identityState`.

/// The lifecycle state's associated identity state. This field is generally 'null'.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LifecyclestateIdentityState {
    /// `ACTIVE`
    Active,
    /// `INACTIVE_SHORT_TERM`
    InactiveShortTerm,
    /// `INACTIVE_LONG_TERM`
    InactiveLongTerm,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LifecyclestateIdentityState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclestateIdentityState::Active => "ACTIVE",
            LifecyclestateIdentityState::InactiveShortTerm => "INACTIVE_SHORT_TERM",
            LifecyclestateIdentityState::InactiveLongTerm => "INACTIVE_LONG_TERM",
            LifecyclestateIdentityState::Unknown(value) => value,
        }
    }
}

impl From<&str> for LifecyclestateIdentityState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => LifecyclestateIdentityState::Active,
            "INACTIVE_SHORT_TERM" => LifecyclestateIdentityState::InactiveShortTerm,
            "INACTIVE_LONG_TERM" => LifecyclestateIdentityState::InactiveLongTerm,
            other => LifecyclestateIdentityState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LifecyclestateIdentityState);
