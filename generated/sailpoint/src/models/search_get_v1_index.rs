//! `SearchGetV1Index`, from `apis/search/parameters/index.yaml#/schema`.

/// `SearchGetV1Index` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SearchGetV1Index {
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
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SearchGetV1Index {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SearchGetV1Index::Accessprofiles => "accessprofiles",
            SearchGetV1Index::Accountactivities => "accountactivities",
            SearchGetV1Index::Entitlements => "entitlements",
            SearchGetV1Index::Events => "events",
            SearchGetV1Index::Identities => "identities",
            SearchGetV1Index::Roles => "roles",
            SearchGetV1Index::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchGetV1Index {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => SearchGetV1Index::Accessprofiles,
            "accountactivities" => SearchGetV1Index::Accountactivities,
            "entitlements" => SearchGetV1Index::Entitlements,
            "events" => SearchGetV1Index::Events,
            "identities" => SearchGetV1Index::Identities,
            "roles" => SearchGetV1Index::Roles,
            other => SearchGetV1Index::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SearchGetV1Index);
