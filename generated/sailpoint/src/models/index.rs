//! `Index`, from `apis/shared/schemas/index.yaml`.

/// Enum representing the currently supported indices.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Index {
    /// `accessprofiles`
    Accessprofiles,
    /// `accountactivities`
    Accountactivities,
    /// `entitlements`
    Entitlements,
    /// `events`
    Events,
    /// `identities`
    Identities,
    /// `roles`
    Roles,
    /// `*`
    Asterisk,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Index {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Index::Accessprofiles => "accessprofiles",
            Index::Accountactivities => "accountactivities",
            Index::Entitlements => "entitlements",
            Index::Events => "events",
            Index::Identities => "identities",
            Index::Roles => "roles",
            Index::Asterisk => "*",
            Index::Unknown(value) => value,
        }
    }
}

impl From<&str> for Index {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => Index::Accessprofiles,
            "accountactivities" => Index::Accountactivities,
            "entitlements" => Index::Entitlements,
            "events" => Index::Events,
            "identities" => Index::Identities,
            "roles" => Index::Roles,
            "*" => Index::Asterisk,
            other => Index::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Index);
