//! `FormElementDynamicDataSourceConfigIndicesInner`, from `beta/schemas/forms/FormElementDynamicDataSourceConfig.yaml#/properties/indices/items`.

/// `FormElementDynamicDataSourceConfigIndicesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormElementDynamicDataSourceConfigIndicesInner {
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

impl FormElementDynamicDataSourceConfigIndicesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormElementDynamicDataSourceConfigIndicesInner::Accessprofiles => {
                "accessprofiles"
            }
            FormElementDynamicDataSourceConfigIndicesInner::Accountactivities => {
                "accountactivities"
            }
            FormElementDynamicDataSourceConfigIndicesInner::Entitlements => {
                "entitlements"
            }
            FormElementDynamicDataSourceConfigIndicesInner::Identities => "identities",
            FormElementDynamicDataSourceConfigIndicesInner::Events => "events",
            FormElementDynamicDataSourceConfigIndicesInner::Roles => "roles",
            FormElementDynamicDataSourceConfigIndicesInner::Asterisk => "*",
            FormElementDynamicDataSourceConfigIndicesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormElementDynamicDataSourceConfigIndicesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => {
                FormElementDynamicDataSourceConfigIndicesInner::Accessprofiles
            }
            "accountactivities" => {
                FormElementDynamicDataSourceConfigIndicesInner::Accountactivities
            }
            "entitlements" => {
                FormElementDynamicDataSourceConfigIndicesInner::Entitlements
            }
            "identities" => FormElementDynamicDataSourceConfigIndicesInner::Identities,
            "events" => FormElementDynamicDataSourceConfigIndicesInner::Events,
            "roles" => FormElementDynamicDataSourceConfigIndicesInner::Roles,
            "*" => FormElementDynamicDataSourceConfigIndicesInner::Asterisk,
            other => {
                FormElementDynamicDataSourceConfigIndicesInner::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FormElementDynamicDataSourceConfigIndicesInner);
