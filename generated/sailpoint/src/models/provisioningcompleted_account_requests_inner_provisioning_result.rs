//! `ProvisioningcompletedAccountRequestsInnerProvisioningResult`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/accountRequests/items/properties/provisioningResult`.

/// The overall result of the provisioning transaction; this could be success, pending, failed, etc.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningcompletedAccountRequestsInnerProvisioningResult {
    /// `SUCCESS`
    Success,
    /// `PENDING`
    Pending,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningcompletedAccountRequestsInnerProvisioningResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningcompletedAccountRequestsInnerProvisioningResult::Success => {
                "SUCCESS"
            }
            ProvisioningcompletedAccountRequestsInnerProvisioningResult::Pending => {
                "PENDING"
            }
            ProvisioningcompletedAccountRequestsInnerProvisioningResult::Failed => {
                "FAILED"
            }
            ProvisioningcompletedAccountRequestsInnerProvisioningResult::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for ProvisioningcompletedAccountRequestsInnerProvisioningResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => {
                ProvisioningcompletedAccountRequestsInnerProvisioningResult::Success
            }
            "PENDING" => {
                ProvisioningcompletedAccountRequestsInnerProvisioningResult::Pending
            }
            "FAILED" => {
                ProvisioningcompletedAccountRequestsInnerProvisioningResult::Failed
            }
            other => {
                ProvisioningcompletedAccountRequestsInnerProvisioningResult::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ProvisioningcompletedAccountRequestsInnerProvisioningResult);
