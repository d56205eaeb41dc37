//! `Ccbccrecipienttype`, from `apis/notifications/schemas/ccbccrecipienttype.yaml`.

/// Recipient resolution type for a CC or BCC preference entry. Dynamic types are resolved at notification send time based on the triggering event's context.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Ccbccrecipienttype {
    /// `IDENTITY`
    Identity,
    /// `MANAGER_OF`
    ManagerOf,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `ORG_ADMINS`
    OrgAdmins,
    /// `STATIC_EMAIL`
    StaticEmail,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Ccbccrecipienttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Ccbccrecipienttype::Identity => "IDENTITY",
            Ccbccrecipienttype::ManagerOf => "MANAGER_OF",
            Ccbccrecipienttype::GovernanceGroup => "GOVERNANCE_GROUP",
            Ccbccrecipienttype::OrgAdmins => "ORG_ADMINS",
            Ccbccrecipienttype::StaticEmail => "STATIC_EMAIL",
            Ccbccrecipienttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Ccbccrecipienttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Ccbccrecipienttype::Identity,
            "MANAGER_OF" => Ccbccrecipienttype::ManagerOf,
            "GOVERNANCE_GROUP" => Ccbccrecipienttype::GovernanceGroup,
            "ORG_ADMINS" => Ccbccrecipienttype::OrgAdmins,
            "STATIC_EMAIL" => Ccbccrecipienttype::StaticEmail,
            other => Ccbccrecipienttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Ccbccrecipienttype);
