//! `EntitlementattributebulkupdateidsrequestOperation`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdateidsrequest.yaml#/properties/operation`.

/// Operation to perform on the attributes in the bulk update request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementattributebulkupdateidsrequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementattributebulkupdateidsrequestOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementattributebulkupdateidsrequestOperation::Add => "ADD",
            EntitlementattributebulkupdateidsrequestOperation::Remove => "REMOVE",
            EntitlementattributebulkupdateidsrequestOperation::Replace => "REPLACE",
            EntitlementattributebulkupdateidsrequestOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementattributebulkupdateidsrequestOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => EntitlementattributebulkupdateidsrequestOperation::Add,
            "REMOVE" => EntitlementattributebulkupdateidsrequestOperation::Remove,
            "REPLACE" => EntitlementattributebulkupdateidsrequestOperation::Replace,
            other => {
                EntitlementattributebulkupdateidsrequestOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(EntitlementattributebulkupdateidsrequestOperation);
