//! `Requestableobjectrequeststatus`, from `apis/requestable-objects/schemas/requestableobjectrequeststatus.yaml`.

/// Status indicating the ability of an access request for the object to be made by or on behalf of the identity specified by *identity-id*. *AVAILABLE* indicates the object is available to request. *PENDING* indicates the object is unavailable because the identity has a pending request in flight. *ASSIGNED* indicates the object is unavailable because the identity already has the indicated role or access profile. If *identity-id* is not specified (allowed only for admin users), then status will be *AVAILABLE* for all results.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Requestableobjectrequeststatus {
    /// `AVAILABLE`
    Available,
    /// `PENDING`
    Pending,
    /// `ASSIGNED`
    Assigned,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Requestableobjectrequeststatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Requestableobjectrequeststatus::Available => "AVAILABLE",
            Requestableobjectrequeststatus::Pending => "PENDING",
            Requestableobjectrequeststatus::Assigned => "ASSIGNED",
            Requestableobjectrequeststatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Requestableobjectrequeststatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AVAILABLE" => Requestableobjectrequeststatus::Available,
            "PENDING" => Requestableobjectrequeststatus::Pending,
            "ASSIGNED" => Requestableobjectrequeststatus::Assigned,
            other => Requestableobjectrequeststatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Requestableobjectrequeststatus);
