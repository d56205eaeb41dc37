//! `EntitlementattributebulkupdatefilterrequestReplaceScope`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdatefilterrequest.yaml#/properties/replaceScope`.

/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementattributebulkupdatefilterrequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementattributebulkupdatefilterrequestReplaceScope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementattributebulkupdatefilterrequestReplaceScope::All => "ALL",
            EntitlementattributebulkupdatefilterrequestReplaceScope::Attribute => {
                "ATTRIBUTE"
            }
            EntitlementattributebulkupdatefilterrequestReplaceScope::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for EntitlementattributebulkupdatefilterrequestReplaceScope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => EntitlementattributebulkupdatefilterrequestReplaceScope::All,
            "ATTRIBUTE" => {
                EntitlementattributebulkupdatefilterrequestReplaceScope::Attribute
            }
            other => {
                EntitlementattributebulkupdatefilterrequestReplaceScope::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(EntitlementattributebulkupdatefilterrequestReplaceScope);
