//! `PublicidentityIdentityState`, from `apis/custom-user-levels/schemas/publicidentity.yaml#/properties/identityState`.

/// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
/// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
/// Identities that are Inactive will be excluded from these features.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PublicidentityIdentityState {
    /// `ACTIVE`
    Active,
    /// `INACTIVE_SHORT_TERM`
    InactiveShortTerm,
    /// `INACTIVE_LONG_TERM`
    InactiveLongTerm,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PublicidentityIdentityState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PublicidentityIdentityState::Active => "ACTIVE",
            PublicidentityIdentityState::InactiveShortTerm => "INACTIVE_SHORT_TERM",
            PublicidentityIdentityState::InactiveLongTerm => "INACTIVE_LONG_TERM",
            PublicidentityIdentityState::Unknown(value) => value,
        }
    }
}

impl From<&str> for PublicidentityIdentityState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => PublicidentityIdentityState::Active,
            "INACTIVE_SHORT_TERM" => PublicidentityIdentityState::InactiveShortTerm,
            "INACTIVE_LONG_TERM" => PublicidentityIdentityState::InactiveLongTerm,
            other => PublicidentityIdentityState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PublicidentityIdentityState);
