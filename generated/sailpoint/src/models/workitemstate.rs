//! `Workitemstate`, from `apis/work-items/schemas/workitemstate.yaml`.

/// The state of a work item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Workitemstate {
    /// `Finished`
    Finished,
    /// `Rejected`
    Rejected,
    /// `Returned`
    Returned,
    /// `Expired`
    Expired,
    /// `Pending`
    Pending,
    /// `Canceled`
    Canceled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Workitemstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Workitemstate::Finished => "Finished",
            Workitemstate::Rejected => "Rejected",
            Workitemstate::Returned => "Returned",
            Workitemstate::Expired => "Expired",
            Workitemstate::Pending => "Pending",
            Workitemstate::Canceled => "Canceled",
            Workitemstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Workitemstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Finished" => Workitemstate::Finished,
            "Rejected" => Workitemstate::Rejected,
            "Returned" => Workitemstate::Returned,
            "Expired" => Workitemstate::Expired,
            "Pending" => Workitemstate::Pending,
            "Canceled" => Workitemstate::Canceled,
            other => Workitemstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Workitemstate);
