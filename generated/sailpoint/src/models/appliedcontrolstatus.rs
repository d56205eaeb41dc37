//! `Appliedcontrolstatus`, from `apis/sod-violations/schemas/appliedcontrolstatus.yaml`.

/// The processing status of a compensating control that has been applied to a policy violation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Appliedcontrolstatus {
    /// `Pending`
    Pending,
    /// `Active`
    Active,
    /// `Completed`
    Completed,
    /// `Canceled`
    Canceled,
    /// `Failed`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Appliedcontrolstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Appliedcontrolstatus::Pending => "Pending",
            Appliedcontrolstatus::Active => "Active",
            Appliedcontrolstatus::Completed => "Completed",
            Appliedcontrolstatus::Canceled => "Canceled",
            Appliedcontrolstatus::Failed => "Failed",
            Appliedcontrolstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Appliedcontrolstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Pending" => Appliedcontrolstatus::Pending,
            "Active" => Appliedcontrolstatus::Active,
            "Completed" => Appliedcontrolstatus::Completed,
            "Canceled" => Appliedcontrolstatus::Canceled,
            "Failed" => Appliedcontrolstatus::Failed,
            other => Appliedcontrolstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Appliedcontrolstatus);
