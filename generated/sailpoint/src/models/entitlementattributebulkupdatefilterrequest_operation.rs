//! `EntitlementattributebulkupdatefilterrequestOperation`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdatefilterrequest.yaml#/properties/operation`.

/// Operation to perform on the attributes in the bulk update request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementattributebulkupdatefilterrequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementattributebulkupdatefilterrequestOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementattributebulkupdatefilterrequestOperation::Add => "ADD",
            EntitlementattributebulkupdatefilterrequestOperation::Remove => "REMOVE",
            EntitlementattributebulkupdatefilterrequestOperation::Replace => "REPLACE",
            EntitlementattributebulkupdatefilterrequestOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementattributebulkupdatefilterrequestOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => EntitlementattributebulkupdatefilterrequestOperation::Add,
            "REMOVE" => EntitlementattributebulkupdatefilterrequestOperation::Remove,
            "REPLACE" => EntitlementattributebulkupdatefilterrequestOperation::Replace,
            other => {
                EntitlementattributebulkupdatefilterrequestOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(EntitlementattributebulkupdatefilterrequestOperation);
