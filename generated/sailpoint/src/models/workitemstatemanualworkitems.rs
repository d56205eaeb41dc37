//! `Workitemstatemanualworkitems`, from `apis/work-items/schemas/workitemstatemanualworkitems.yaml`.

/// The state of a work item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Workitemstatemanualworkitems {
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

impl Workitemstatemanualworkitems {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Workitemstatemanualworkitems::Finished => "Finished",
            Workitemstatemanualworkitems::Rejected => "Rejected",
            Workitemstatemanualworkitems::Returned => "Returned",
            Workitemstatemanualworkitems::Expired => "Expired",
            Workitemstatemanualworkitems::Pending => "Pending",
            Workitemstatemanualworkitems::Canceled => "Canceled",
            Workitemstatemanualworkitems::Unknown(value) => value,
        }
    }
}

impl From<&str> for Workitemstatemanualworkitems {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Finished" => Workitemstatemanualworkitems::Finished,
            "Rejected" => Workitemstatemanualworkitems::Rejected,
            "Returned" => Workitemstatemanualworkitems::Returned,
            "Expired" => Workitemstatemanualworkitems::Expired,
            "Pending" => Workitemstatemanualworkitems::Pending,
            "Canceled" => Workitemstatemanualworkitems::Canceled,
            other => Workitemstatemanualworkitems::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Workitemstatemanualworkitems);
