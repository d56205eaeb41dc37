//! `PublicIdentitiesPublicidentityIdentityState`, from `apis/public-identities/schemas/publicidentity.yaml#/properties/identityState`.

/// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
/// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
/// Identities that are Inactive will be excluded from these features.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PublicIdentitiesPublicidentityIdentityState {
    /// `ACTIVE`
    Active,
    /// `INACTIVE_SHORT_TERM`
    InactiveShortTerm,
    /// `INACTIVE_LONG_TERM`
    InactiveLongTerm,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PublicIdentitiesPublicidentityIdentityState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PublicIdentitiesPublicidentityIdentityState::Active => "ACTIVE",
            PublicIdentitiesPublicidentityIdentityState::InactiveShortTerm => {
                "INACTIVE_SHORT_TERM"
            }
            PublicIdentitiesPublicidentityIdentityState::InactiveLongTerm => {
                "INACTIVE_LONG_TERM"
            }
            PublicIdentitiesPublicidentityIdentityState::Unknown(value) => value,
        }
    }
}

impl From<&str> for PublicIdentitiesPublicidentityIdentityState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => PublicIdentitiesPublicidentityIdentityState::Active,
            "INACTIVE_SHORT_TERM" => {
                PublicIdentitiesPublicidentityIdentityState::InactiveShortTerm
            }
            "INACTIVE_LONG_TERM" => {
                PublicIdentitiesPublicidentityIdentityState::InactiveLongTerm
            }
            other => {
                PublicIdentitiesPublicidentityIdentityState::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(PublicIdentitiesPublicidentityIdentityState);
