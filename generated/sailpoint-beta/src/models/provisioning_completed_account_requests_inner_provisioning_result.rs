//! `ProvisioningCompletedAccountRequestsInnerProvisioningResult`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/provisioningResult`.

/// Overall result of the provisioning transaction.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCompletedAccountRequestsInnerProvisioningResult {
    /// `SUCCESS`
    Success,
    /// `PENDING`
    Pending,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningCompletedAccountRequestsInnerProvisioningResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCompletedAccountRequestsInnerProvisioningResult::Success => {
                "SUCCESS"
            }
            ProvisioningCompletedAccountRequestsInnerProvisioningResult::Pending => {
                "PENDING"
            }
            ProvisioningCompletedAccountRequestsInnerProvisioningResult::Failed => {
                "FAILED"
            }
            ProvisioningCompletedAccountRequestsInnerProvisioningResult::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for ProvisioningCompletedAccountRequestsInnerProvisioningResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => {
                ProvisioningCompletedAccountRequestsInnerProvisioningResult::Success
            }
            "PENDING" => {
                ProvisioningCompletedAccountRequestsInnerProvisioningResult::Pending
            }
            "FAILED" => {
                ProvisioningCompletedAccountRequestsInnerProvisioningResult::Failed
            }
            other => {
                ProvisioningCompletedAccountRequestsInnerProvisioningResult::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ProvisioningCompletedAccountRequestsInnerProvisioningResult);
