//! `ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/attributeRequests/items/properties/operation`.

/// The operation to handle the attribute.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation {
    /// `Add`
    Add,
    /// `Set`
    Set,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Add => {
                "Add"
            }
            ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Set => {
                "Set"
            }
            ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Remove => {
                "Remove"
            }
            ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => {
                ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Add
            }
            "Set" => {
                ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Set
            }
            "Remove" => {
                ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Remove
            }
            other => {
                ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation
);
