//! `Lifecyclestatus`, from `apis/machine-identities-lifecycle-actions/schemas/lifecyclestatus.yaml`.

/// Detailed lifecycle request status stored on the lifecycle action request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lifecyclestatus {
    /// `RECEIVED`
    Received,
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `PROVISIONING`
    Provisioning,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `CANCELING`
    Canceling,
    /// `CANCELED`
    Canceled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Lifecyclestatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lifecyclestatus::Received => "RECEIVED",
            Lifecyclestatus::PendingApproval => "PENDING_APPROVAL",
            Lifecyclestatus::Approved => "APPROVED",
            Lifecyclestatus::Rejected => "REJECTED",
            Lifecyclestatus::Provisioning => "PROVISIONING",
            Lifecyclestatus::Completed => "COMPLETED",
            Lifecyclestatus::Failed => "FAILED",
            Lifecyclestatus::Canceling => "CANCELING",
            Lifecyclestatus::Canceled => "CANCELED",
            Lifecyclestatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Lifecyclestatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RECEIVED" => Lifecyclestatus::Received,
            "PENDING_APPROVAL" => Lifecyclestatus::PendingApproval,
            "APPROVED" => Lifecyclestatus::Approved,
            "REJECTED" => Lifecyclestatus::Rejected,
            "PROVISIONING" => Lifecyclestatus::Provisioning,
            "COMPLETED" => Lifecyclestatus::Completed,
            "FAILED" => Lifecyclestatus::Failed,
            "CANCELING" => Lifecyclestatus::Canceling,
            "CANCELED" => Lifecyclestatus::Canceled,
            other => Lifecyclestatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Lifecyclestatus);
