//! `FormelementdynamicdatasourceconfigIndicesInner`, from `apis/custom-forms/schemas/formelementdynamicdatasourceconfig.yaml#/properties/indices/items`.

/// `FormelementdynamicdatasourceconfigIndicesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormelementdynamicdatasourceconfigIndicesInner {
    /// `accessprofiles`
    Accessprofiles,
    /// `accountactivities`
    Accountactivities,
    /// `entitlements`
    Entitlements,
    /// `identities`
    Identities,
    /// `events`
    Events,
    /// `roles`
    Roles,
    /// `*`
    Asterisk,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormelementdynamicdatasourceconfigIndicesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormelementdynamicdatasourceconfigIndicesInner::Accessprofiles => {
                "accessprofiles"
            }
            FormelementdynamicdatasourceconfigIndicesInner::Accountactivities => {
                "accountactivities"
            }
            FormelementdynamicdatasourceconfigIndicesInner::Entitlements => {
                "entitlements"
            }
            FormelementdynamicdatasourceconfigIndicesInner::Identities => "identities",
            FormelementdynamicdatasourceconfigIndicesInner::Events => "events",
            FormelementdynamicdatasourceconfigIndicesInner::Roles => "roles",
            FormelementdynamicdatasourceconfigIndicesInner::Asterisk => "*",
            FormelementdynamicdatasourceconfigIndicesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormelementdynamicdatasourceconfigIndicesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => {
                FormelementdynamicdatasourceconfigIndicesInner::Accessprofiles
            }
            "accountactivities" => {
                FormelementdynamicdatasourceconfigIndicesInner::Accountactivities
            }
            "entitlements" => {
                FormelementdynamicdatasourceconfigIndicesInner::Entitlements
            }
            "identities" => FormelementdynamicdatasourceconfigIndicesInner::Identities,
            "events" => FormelementdynamicdatasourceconfigIndicesInner::Events,
            "roles" => FormelementdynamicdatasourceconfigIndicesInner::Roles,
            "*" => FormelementdynamicdatasourceconfigIndicesInner::Asterisk,
            other => {
                FormelementdynamicdatasourceconfigIndicesInner::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FormelementdynamicdatasourceconfigIndicesInner);
