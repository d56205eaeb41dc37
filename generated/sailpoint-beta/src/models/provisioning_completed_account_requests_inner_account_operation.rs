//! `ProvisioningCompletedAccountRequestsInnerAccountOperation`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/accountOperation`.

/// Provisioning operation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCompletedAccountRequestsInnerAccountOperation {
    /// `Create`
    Create,
    /// `Modify`
    Modify,
    /// `Enable`
    Enable,
    /// `Disable`
    Disable,
    /// `Unlock`
    Unlock,
    /// `Delete`
    Delete,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningCompletedAccountRequestsInnerAccountOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Create => "Create",
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Modify => "Modify",
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Enable => "Enable",
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Disable => {
                "Disable"
            }
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Unlock => "Unlock",
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Delete => "Delete",
            ProvisioningCompletedAccountRequestsInnerAccountOperation::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for ProvisioningCompletedAccountRequestsInnerAccountOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Create" => ProvisioningCompletedAccountRequestsInnerAccountOperation::Create,
            "Modify" => ProvisioningCompletedAccountRequestsInnerAccountOperation::Modify,
            "Enable" => ProvisioningCompletedAccountRequestsInnerAccountOperation::Enable,
            "Disable" => {
                ProvisioningCompletedAccountRequestsInnerAccountOperation::Disable
            }
            "Unlock" => ProvisioningCompletedAccountRequestsInnerAccountOperation::Unlock,
            "Delete" => ProvisioningCompletedAccountRequestsInnerAccountOperation::Delete,
            other => {
                ProvisioningCompletedAccountRequestsInnerAccountOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ProvisioningCompletedAccountRequestsInnerAccountOperation);
