//! `DraftresponseApprovalStatus`, from `apis/configuration-hub/schemas/draftresponse.yaml#/properties/approvalStatus`.

/// Approval status of the draft used to determine whether or not the draft can be deployed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DraftresponseApprovalStatus {
    /// `DEFAULT`
    Default,
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `APPROVED`
    Approved,
    /// `DENIED`
    Denied,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DraftresponseApprovalStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DraftresponseApprovalStatus::Default => "DEFAULT",
            DraftresponseApprovalStatus::PendingApproval => "PENDING_APPROVAL",
            DraftresponseApprovalStatus::Approved => "APPROVED",
            DraftresponseApprovalStatus::Denied => "DENIED",
            DraftresponseApprovalStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for DraftresponseApprovalStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => DraftresponseApprovalStatus::Default,
            "PENDING_APPROVAL" => DraftresponseApprovalStatus::PendingApproval,
            "APPROVED" => DraftresponseApprovalStatus::Approved,
            "DENIED" => DraftresponseApprovalStatus::Denied,
            other => DraftresponseApprovalStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DraftresponseApprovalStatus);
