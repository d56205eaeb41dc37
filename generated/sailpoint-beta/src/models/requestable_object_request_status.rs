//! `RequestableObjectRequestStatus`, from `v3/schemas/RequestableObjectRequestStatus.yaml`.

/// Status indicating the ability of an access request for the object to be made by or on behalf of the identity specified by *identity-id*. *AVAILABLE* indicates the object is available to request. *PENDING* indicates the object is unavailable because the identity has a pending request in flight. *ASSIGNED* indicates the object is unavailable because the identity already has the indicated role or access profile. If *identity-id* is not specified (allowed only for admin users), then status will be *AVAILABLE* for all results.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestableObjectRequestStatus {
    /// `AVAILABLE`
    Available,
    /// `PENDING`
    Pending,
    /// `ASSIGNED`
    Assigned,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestableObjectRequestStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestableObjectRequestStatus::Available => "AVAILABLE",
            RequestableObjectRequestStatus::Pending => "PENDING",
            RequestableObjectRequestStatus::Assigned => "ASSIGNED",
            RequestableObjectRequestStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestableObjectRequestStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AVAILABLE" => RequestableObjectRequestStatus::Available,
            "PENDING" => RequestableObjectRequestStatus::Pending,
            "ASSIGNED" => RequestableObjectRequestStatus::Assigned,
            other => RequestableObjectRequestStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestableObjectRequestStatus);
