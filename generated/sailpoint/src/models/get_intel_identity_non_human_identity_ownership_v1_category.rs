//! `GetIntelIdentityNonHumanIdentityOwnershipV1Category`, from `apis/intelligence/parameters/intelligence-ownership-category.yaml#/schema`.

/// `GetIntelIdentityNonHumanIdentityOwnershipV1Category` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIntelIdentityNonHumanIdentityOwnershipV1Category {
    /// `agents`
    Agents,
    /// `applications`
    Applications,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIntelIdentityNonHumanIdentityOwnershipV1Category {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIntelIdentityNonHumanIdentityOwnershipV1Category::Agents => "agents",
            GetIntelIdentityNonHumanIdentityOwnershipV1Category::Applications => {
                "applications"
            }
            GetIntelIdentityNonHumanIdentityOwnershipV1Category::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIntelIdentityNonHumanIdentityOwnershipV1Category {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "agents" => GetIntelIdentityNonHumanIdentityOwnershipV1Category::Agents,
            "applications" => {
                GetIntelIdentityNonHumanIdentityOwnershipV1Category::Applications
            }
            other => {
                GetIntelIdentityNonHumanIdentityOwnershipV1Category::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(GetIntelIdentityNonHumanIdentityOwnershipV1Category);
