//! `EntitlementattributebulkupdatequeryrequestOperation`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdatequeryrequest.yaml#/properties/operation`.

/// Operation to perform on the attributes in the bulk update request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementattributebulkupdatequeryrequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementattributebulkupdatequeryrequestOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementattributebulkupdatequeryrequestOperation::Add => "ADD",
            EntitlementattributebulkupdatequeryrequestOperation::Remove => "REMOVE",
            EntitlementattributebulkupdatequeryrequestOperation::Replace => "REPLACE",
            EntitlementattributebulkupdatequeryrequestOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementattributebulkupdatequeryrequestOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => EntitlementattributebulkupdatequeryrequestOperation::Add,
            "REMOVE" => EntitlementattributebulkupdatequeryrequestOperation::Remove,
            "REPLACE" => EntitlementattributebulkupdatequeryrequestOperation::Replace,
            other => {
                EntitlementattributebulkupdatequeryrequestOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(EntitlementattributebulkupdatequeryrequestOperation);
