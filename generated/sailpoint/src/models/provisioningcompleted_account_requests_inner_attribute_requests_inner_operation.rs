//! `ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/accountRequests/items/properties/attributeRequests/items/properties/operation`.

/// The operation to handle the attribute.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation {
    /// `Add`
    Add,
    /// `Set`
    Set,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Add => {
                "Add"
            }
            ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Set => {
                "Set"
            }
            ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Remove => {
                "Remove"
            }
            ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => {
                ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Add
            }
            "Set" => {
                ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Set
            }
            "Remove" => {
                ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Remove
            }
            other => {
                ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation
);
