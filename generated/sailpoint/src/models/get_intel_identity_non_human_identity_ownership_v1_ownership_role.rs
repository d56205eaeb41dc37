//! `GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole`, from `apis/intelligence/parameters/intelligence-ownership-role.yaml#/schema`.

/// `GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole {
    /// `primary`
    Primary,
    /// `secondary`
    Secondary,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole::Primary => {
                "primary"
            }
            GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole::Secondary => {
                "secondary"
            }
            GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "primary" => {
                GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole::Primary
            }
            "secondary" => {
                GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole::Secondary
            }
            other => {
                GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole);
