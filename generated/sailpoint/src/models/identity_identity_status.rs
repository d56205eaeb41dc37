//! `IdentityIdentityStatus`, from `apis/identities/schemas/identity.yaml#/properties/identityStatus`.

/// The identity's status in the system
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityIdentityStatus {
    /// `UNREGISTERED`
    Unregistered,
    /// `REGISTERED`
    Registered,
    /// `PENDING`
    Pending,
    /// `WARNING`
    Warning,
    /// `DISABLED`
    Disabled,
    /// `ACTIVE`
    Active,
    /// `DEACTIVATED`
    Deactivated,
    /// `TERMINATED`
    Terminated,
    /// `ERROR`
    Error,
    /// `LOCKED`
    Locked,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityIdentityStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityIdentityStatus::Unregistered => "UNREGISTERED",
            IdentityIdentityStatus::Registered => "REGISTERED",
            IdentityIdentityStatus::Pending => "PENDING",
            IdentityIdentityStatus::Warning => "WARNING",
            IdentityIdentityStatus::Disabled => "DISABLED",
            IdentityIdentityStatus::Active => "ACTIVE",
            IdentityIdentityStatus::Deactivated => "DEACTIVATED",
            IdentityIdentityStatus::Terminated => "TERMINATED",
            IdentityIdentityStatus::Error => "ERROR",
            IdentityIdentityStatus::Locked => "LOCKED",
            IdentityIdentityStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityIdentityStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "UNREGISTERED" => IdentityIdentityStatus::Unregistered,
            "REGISTERED" => IdentityIdentityStatus::Registered,
            "PENDING" => IdentityIdentityStatus::Pending,
            "WARNING" => IdentityIdentityStatus::Warning,
            "DISABLED" => IdentityIdentityStatus::Disabled,
            "ACTIVE" => IdentityIdentityStatus::Active,
            "DEACTIVATED" => IdentityIdentityStatus::Deactivated,
            "TERMINATED" => IdentityIdentityStatus::Terminated,
            "ERROR" => IdentityIdentityStatus::Error,
            "LOCKED" => IdentityIdentityStatus::Locked,
            other => IdentityIdentityStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityIdentityStatus);
