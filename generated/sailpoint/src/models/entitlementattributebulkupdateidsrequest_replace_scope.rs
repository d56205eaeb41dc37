//! `EntitlementattributebulkupdateidsrequestReplaceScope`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdateidsrequest.yaml#/properties/replaceScope`.

/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementattributebulkupdateidsrequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementattributebulkupdateidsrequestReplaceScope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementattributebulkupdateidsrequestReplaceScope::All => "ALL",
            EntitlementattributebulkupdateidsrequestReplaceScope::Attribute => {
                "ATTRIBUTE"
            }
            EntitlementattributebulkupdateidsrequestReplaceScope::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementattributebulkupdateidsrequestReplaceScope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => EntitlementattributebulkupdateidsrequestReplaceScope::All,
            "ATTRIBUTE" => {
                EntitlementattributebulkupdateidsrequestReplaceScope::Attribute
            }
            other => {
                EntitlementattributebulkupdateidsrequestReplaceScope::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(EntitlementattributebulkupdateidsrequestReplaceScope);
