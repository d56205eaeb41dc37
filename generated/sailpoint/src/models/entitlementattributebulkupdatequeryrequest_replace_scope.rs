//! `EntitlementattributebulkupdatequeryrequestReplaceScope`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdatequeryrequest.yaml#/properties/replaceScope`.

/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementattributebulkupdatequeryrequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementattributebulkupdatequeryrequestReplaceScope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementattributebulkupdatequeryrequestReplaceScope::All => "ALL",
            EntitlementattributebulkupdatequeryrequestReplaceScope::Attribute => {
                "ATTRIBUTE"
            }
            EntitlementattributebulkupdatequeryrequestReplaceScope::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for EntitlementattributebulkupdatequeryrequestReplaceScope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => EntitlementattributebulkupdatequeryrequestReplaceScope::All,
            "ATTRIBUTE" => {
                EntitlementattributebulkupdatequeryrequestReplaceScope::Attribute
            }
            other => {
                EntitlementattributebulkupdatequeryrequestReplaceScope::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(EntitlementattributebulkupdatequeryrequestReplaceScope);
