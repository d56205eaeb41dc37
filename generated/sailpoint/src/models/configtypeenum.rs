//! `Configtypeenum`, from `apis/work-reassignment/schemas/configtypeenum.yaml`.

/// Enum list of valid work types that can be selected for a Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Configtypeenum {
    /// `ACCESS_REQUESTS`
    AccessRequests,
    /// `CERTIFICATIONS`
    Certifications,
    /// `MANUAL_TASKS`
    ManualTasks,
    /// `GENERIC_APPROVALS`
    GenericApprovals,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Configtypeenum {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Configtypeenum::AccessRequests => "ACCESS_REQUESTS",
            Configtypeenum::Certifications => "CERTIFICATIONS",
            Configtypeenum::ManualTasks => "MANUAL_TASKS",
            Configtypeenum::GenericApprovals => "GENERIC_APPROVALS",
            Configtypeenum::Unknown(value) => value,
        }
    }
}

impl From<&str> for Configtypeenum {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_REQUESTS" => Configtypeenum::AccessRequests,
            "CERTIFICATIONS" => Configtypeenum::Certifications,
            "MANUAL_TASKS" => Configtypeenum::ManualTasks,
            "GENERIC_APPROVALS" => Configtypeenum::GenericApprovals,
            other => Configtypeenum::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Configtypeenum);
